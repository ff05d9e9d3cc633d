import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import BigNumber from "bignumber.js"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { createWorkshop } from "../helpers/fixtures"

jest.setTimeout(300_000)

/**
 * Metal through the stages (SPEC 4a–4c): job figures along the chain, fine
 * metal on every movement, who holds the metal, loss standards, and
 * recovery through refining and melt lots.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: StaffUser
    let w: Awaited<ReturnType<typeof createWorkshop>>
    let types: Record<string, any>
    let stages: Record<string, any>
    let caster: any
    let refiner: any

    const post = (url: string, body: any, who = admin) => api.post(url, body, who.headers)
    const get = async (url: string, who = admin) => (await api.get(url, who.headers)).data
    const grain = async (over: Record<string, any> = {}) =>
      (
        await post("/admin/stock-items", {
          product_id: w.grain.id,
          inventory_type_id: types["Precious Metals"].id,
          purity: "14K",
          weight: "50",
          weight_unit: "g",
          pieces: 1,
          location_id: w.main.id,
          cost_basis: "2500",
          ...over,
        })
      ).data.stock_item
    const sql = async (q: string, params: any[] = []) => (await dbConnection.raw(q, params)).rows
    const balanceSql = async (type: string, id: string) =>
      (await sql(`SELECT COALESCE(SUM(gross_grams),0)::text AS gross, COALESCE(SUM(fine_grams),0)::text AS fine FROM jewelry_metal_entry WHERE holder_type = ? AND holder_id = ?`, [type, id]))[0]

    /** Casting at an outside caster, then polishing by the signed-in admin, as in SPEC 4a's worked example. */
    const castAndPolish = async () => {
      const item = await grain()
      const { job } = (await post("/admin/production-jobs", { kind: "production", mode: "simple", title: "14K band, size 7", product_id: w.grain.id, weight_unit: "g", start_stage_id: stages["Metal Casting"].id })).data
      let view = (await post(`/admin/production-jobs/${job.id}/stages/${(await get(`/admin/production-jobs/${job.id}`)).stages[0].id}`, { vendor_type: "outside", vendor_supplier_id: caster.id })).data
      const cast = view.stages[0]
      view = (await post(`/admin/production-jobs/${job.id}/stages`, { stage_id: stages["Final Polish"].id, assignee_user_id: admin.id })).data
      const polish = view.stages[1]
      await post(`/admin/production-jobs/${job.id}/issues`, { job_stage_id: cast.id, lines: [{ stock_item_id: item.id, weight: "10.000", weight_unit: "g" }] })
      const r1 = (await post(`/admin/production-jobs/${job.id}/receipts`, { job_stage_id: cast.id, received_weight: "8.600", received_pieces: 1, scrapped_weight: "1.200", waste_weight: "0.200" })).data
      const casting = r1.created_items.find((i: any) => /-RCV1$/.test(i.tag_id))
      await post(`/admin/production-jobs/${job.id}/stages/${cast.id}/complete`, {})
      await post(`/admin/production-jobs/${job.id}/issues`, { job_stage_id: polish.id, lines: [{ stock_item_id: casting.id, full: true }] })
      const r2 = (await post(`/admin/production-jobs/${job.id}/receipts`, { job_stage_id: polish.id, received_weight: "8.520", received_pieces: 1, waste_weight: "0.080" })).data
      return { job, cast, polish, item, casting, r1, r2 }
    }

    beforeEach(async () => {
      const container = getContainer()
      admin = await createStaffUser(container, api, `metal-${Date.now()}@workshop.test`)
      await post("/admin/production/reset", { industry: "jewelry", confirm: true })
      w = await createWorkshop(container)
      types = Object.fromEntries((await get("/admin/production/inventory-types")).inventory_types.map((t: any) => [t.name, t]))
      stages = Object.fromEntries((await get("/admin/production/stages")).stages.map((s: any) => [s.name, s]))
      caster = (await post("/admin/suppliers", { name: `Lost-Wax Casting Co ${Date.now()}` })).data.supplier
      refiner = (await post("/admin/suppliers", { name: `Metalor Refining ${Date.now()}` })).data.supplier
    })

    it("the worked example: casting then polish counts the casting once, in gross and in fine gold", async () => {
      const { job, polish, item, r2 } = await castAndPolish()
      // The polished piece is named after the grain it came from, numbered on: not -RCV1-RCV1.
      expect(r2.created_items.map((i: any) => i.tag_id)).toEqual([`${item.tag_id}-RCV2`])
      await post(`/admin/production-jobs/${job.id}/stages/${polish.id}/complete`, {})
      const view = await get(`/admin/production-jobs/${job.id}`)
      expect(view.weights).toMatchObject({ unit: "g", issued: "10", received: "8.52", rejected: "0", scrapped: "1.2", waste: "0.28", held: "0" })
      expect(view.metrics).toMatchObject({ pending: "0", output_pct: 85.2, gross_waste_pct: 14.8, net_waste_pct: 2.8, consumption_pct: 17.4 })
      expect(view.fine.gold).toMatchObject({ input: "5.85", received: "4.9842" })
      const [castRow, polishRow] = view.stages
      expect(castRow).toMatchObject({ issued: "10", received: "8.6", scrapped: "1.2", waste: "0.2", loss: "0.2", loss_pct: 2, loss_standard_pct: 2, past_standard: false })
      expect(polishRow).toMatchObject({ issued: "8.6", received: "8.52", loss: "0.08", loss_pct: 0.9 })
      // Who held the metal: the caster at casting, the admin at polishing.
      expect(castRow.holders).toEqual([expect.objectContaining({ type: "supplier", id: caster.id, issued: "10", returned: "9.8", loss: "0.2", holds: "0" })])
      expect(polishRow.holders).toEqual([expect.objectContaining({ type: "user", id: admin.id, issued: "8.6", returned: "8.52", loss: "0.08", holds: "0" })])
      const material = view.materials.find((m: any) => m.job_stage_id === polish.id)
      expect(material).toMatchObject({ intermediate: true, source_bucket: "received", metal: "gold", fineness: "585", purity: "14K · 585" })
    })

    it("every movement carries its fine weight: gross × fineness, exact", async () => {
      await castAndPolish()
      const rows = await sql(`SELECT grams_delta::text AS g, fineness::text AS f, fine_grams_delta::text AS fine FROM jewelry_stock_movement WHERE metal IS NOT NULL`)
      expect(rows.length).toBeGreaterThan(4)
      for (const r of rows) expect(new BigNumber(r.fine).isEqualTo(new BigNumber(r.g).times(r.f).div(1000))).toBe(true)
      const items = await sql(`SELECT weight_grams::text AS g, fineness::text AS f, fine_grams::text AS fine FROM jewelry_stock_item WHERE metal IS NOT NULL`)
      for (const i of items) expect(new BigNumber(i.fine).isEqualTo(new BigNumber(i.g).times(i.f).div(1000))).toBe(true)
      // An item's fine weight is the sum of its movements' fine deltas.
      const drift = await sql(`SELECT i.tag_id FROM jewelry_stock_item i JOIN jewelry_stock_movement m ON m.stock_item_id = i.id
        GROUP BY i.id, i.tag_id, i.fine_grams HAVING i.fine_grams <> SUM(m.fine_grams_delta)`)
      expect(drift).toEqual([])
    })

    it("a holder's balance is issued − returned − loss and equals the sum of the ledger's entries that name them", async () => {
      const { job, cast, polish } = await castAndPolish()
      // While polishing is open the admin holds nothing: 8.6 issued, 8.52 returned, 0.08 waste booked as loss.
      let balances = await get("/admin/metal/balances")
      const mine = () => balances.holders.find((h: any) => h.type === "user" && h.id === admin.id)
      expect(mine()?.holds ?? []).toEqual([])
      // A second issue that stays out: the admin holds it until the stage completes.
      const more = await grain({ weight: "3" })
      await post(`/admin/production-jobs/${job.id}/issues`, { job_stage_id: polish.id, lines: [{ stock_item_id: more.id, full: true }] })
      balances = await get("/admin/metal/balances")
      expect(mine().holds).toEqual([{ metal: "gold", fineness: "585", purity: "14K · 585", gross: "3", fine: "1.755" }])
      expect(new BigNumber((await balanceSql("user", admin.id)).gross).toFixed()).toBe("3")
      // Completing the stage books what is still out as the admin's loss (past the 1% standard: a manager overrides).
      const refused = await attempt(post(`/admin/production-jobs/${job.id}/stages/${polish.id}/complete`, {}))
      expect(refused.status).toBe(409)
      await post(`/admin/production-jobs/${job.id}/stages/${polish.id}/complete`, { loss_override_reason: "Second grain lot lost in the tumbler" })
      expect(new BigNumber((await balanceSql("user", admin.id)).gross).toFixed()).toBe("0")
      balances = await get("/admin/metal/balances")
      expect(mine().holds).toEqual([])
      const period = mine().period.gold
      // Fine gold: issued 8.6 + 3 = 11.6 g × 0.585; returned 8.52 × 0.585; loss 0.08 + 3 g × 0.585.
      expect(period).toMatchObject({ issued: "6.786", returned: "4.9842", loss: "1.8018", loss_pct: 26.55, allowed_loss_pct: 1 })
      // The caster's balance: 10 issued, 9.8 returned, 0.2 waste → 0; casting is within its 2% standard.
      const casterRow = balances.holders.find((h: any) => h.type === "supplier" && h.id === caster.id)
      expect(casterRow.holds).toEqual([])
      expect(casterRow.period.gold).toMatchObject({ issued: "5.85", returned: "5.733", loss: "0.117", loss_pct: 2 })
      // Each opens its movements.
      const entries = await get(`/admin/metal/entries?holder_type=supplier&holder_id=${caster.id}`)
      expect(entries.entries.map((e: any) => [e.entry_type, e.bucket, e.gross])).toEqual(
        expect.arrayContaining([["issue", null, "10"], ["return", "received", "-8.6"], ["return", "scrapped", "-1.2"], ["loss", "waste", "-0.2"]])
      )
      expect(entries.entries.every((e: any) => e.stage_name === cast.stage_name)).toBe(true)
    })

    it("a stage past its loss standard is refused with the figures unless a manager or admin gives a reason; members cannot", async () => {
      const member = await createStaffUser(getContainer(), api, `bench-${Date.now()}@workshop.test`)
      const manager = await createStaffUser(getContainer(), api, `lead-${Date.now()}@workshop.test`)
      await post("/admin/production/staff-profiles", { user_id: admin.id, role: "admin" })
      await post("/admin/production/staff-profiles", { user_id: member.id, role: "member", location_ids: [w.main.id] })
      await post("/admin/production/staff-profiles", { user_id: manager.id, role: "manager", location_ids: [w.main.id] })
      const item = await grain()
      const { job } = (await post("/admin/production-jobs", { kind: "production", mode: "simple", title: "Polish only", product_id: w.grain.id, start_stage_id: stages["Final Polish"].id })).data
      const stage = (await get(`/admin/production-jobs/${job.id}`)).stages[0]
      await post(`/admin/production-jobs/${job.id}/issues`, { job_stage_id: stage.id, lines: [{ stock_item_id: item.id, weight: "8.6" }] })
      await post(`/admin/production-jobs/${job.id}/receipts`, { job_stage_id: stage.id, received_weight: "8.4", waste_weight: "0.2" })
      const refused = await attempt(post(`/admin/production-jobs/${job.id}/stages/${stage.id}/complete`, {}, member))
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(/^loss_override_reason: stage "Final Polish" lost 0\.2 g of the 8\.6 g it was issued \(2\.3%\), past its 1% loss standard/)
      expect(refused.data.figures).toEqual({ stage: "Final Polish", issued: "8.6 g", loss: "0.2 g", loss_pct: 2.3, standard_pct: 1 })
      const byMember = await attempt(post(`/admin/production-jobs/${job.id}/stages/${stage.id}/complete`, { loss_override_reason: "dust" }, member))
      expect(byMember.status).toBe(403)
      expect((await get(`/admin/production-jobs/${job.id}`)).stages[0].status).not.toBe("completed")
      const ok = await attempt(post(`/admin/production-jobs/${job.id}/stages/${stage.id}/complete`, { loss_override_reason: "New polishing wheel ate the edges" }, manager))
      expect(ok.status).toBe(200)
      expect(ok.data.stages[0]).toMatchObject({ status: "completed", loss_override_reason: "New polishing wheel ate the edges", loss_override_by: manager.id, loss_pct: 2.3, past_standard: true })
      const report = await get(`/admin/metal/loss-report?stage_id=${stages["Final Polish"].id}`)
      expect(report.standard_pct).toBe(1)
      expect(report.points).toEqual([expect.objectContaining({ job_id: job.id, loss: "0.2", loss_pct: 2.33, past_standard: true, override_reason: "New polishing wheel ate the edges" })])
      // The totals read as the points they add up: "0.2", never padded to "0.2000".
      expect(report.summary).toMatchObject({ stages: 1, past_standard: 1, issued: "8.6", loss: "0.2", recovered: "0", loss_after_recovery: "0.2" })
      // A reset of the catalog gives Final Polish a new id; its history stays under it.
      await post("/admin/production/reset", { industry: "jewelry", confirm: true })
      const fresh = Object.fromEntries((await get("/admin/production/stages")).stages.map((x: any) => [x.name, x]))
      expect(fresh["Final Polish"].id).not.toBe(stages["Final Polish"].id)
      expect((await get(`/admin/metal/loss-report?stage_id=${fresh["Final Polish"].id}`)).points.map((p: any) => p.job_id)).toContain(job.id)
    })

    it("a stage's loss standard comes from the catalog and can be changed there; the settings keep a karat table", async () => {
      const custom = (await post(`/admin/production/stages/${stages["Stone Setting"].id}`, { loss_standard_pct: "0.25" })).data.stage
      expect(Number(custom.loss_standard_pct)).toBe(0.25)
      const bad = await attempt(post(`/admin/production/stages/${stages["Stone Setting"].id}`, { loss_standard_pct: "150" }))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/loss_standard_pct/)
      await post("/admin/production/settings", { karat_table: { "14": "583.3", "18": "750" } })
      const item = await grain({ purity: "14K", weight: "10" })
      expect(item).toMatchObject({ metal: "gold", fineness: "583.3", fine_grams: "5.833" })
      const badTable = await attempt(post("/admin/production/settings", { karat_table: { "30": "999" } }))
      expect(badTable.status).toBe(400)
      expect(badTable.data.message).toMatch(/karat_table/)
      await post("/admin/production/settings", { karat_table: null })
    })

    it("stock carries purity from karat or fineness; CSV import and export carry it; a bad purity is a 400 naming the field", async () => {
      const pt = await grain({ purity: "950", metal: "platinum", weight: "20" })
      expect(pt).toMatchObject({ metal: "platinum", fineness: "950", fine_grams: "19", purity: "Platinum 950" })
      for (const [body, field] of [
        [{ purity: "950" }, "metal"],
        [{ purity: "31K" }, "purity"],
        [{ purity: "abc" }, "purity"],
        [{ purity: "14K", metal: "silver" }, "metal"],
      ] as const) {
        const before = (await sql(`SELECT COUNT(*)::int AS n FROM jewelry_stock_item`))[0].n
        const res = await attempt(post("/admin/stock-items", { product_id: w.grain.id, inventory_type_id: types["Precious Metals"].id, weight: "1", location_id: w.main.id, ...body }))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(new RegExp(`^${field}:`))
        expect((await sql(`SELECT COUNT(*)::int AS n FROM jewelry_stock_item`))[0].n).toBe(before)
      }
      const csv = `product_id,inventory_type,purity,metal,weight,weight_unit,location_id\n${w.grain.id},Precious Metals,18K,,12.5,g,${w.main.id}\n${w.grain.id},Precious Metals,925,,100,g,${w.main.id}\n`
      const imported = (await post("/admin/stock-items/import", { csv })).data.stock_items
      expect(imported.map((i: any) => [i.metal, i.fineness, i.fine_grams])).toEqual([["gold", "750", "9.375"], ["silver", "925", "92.5"]])
      const dry = (await post("/admin/stock-items/import", { csv: `product_id,inventory_type,purity,weight,location_id\n${w.grain.id},Precious Metals,950,1,${w.main.id}\n`, dry_run: true })).data
      expect(dry.errors[0]).toMatchObject({ line: 2, field: "metal" })
      const exported = (await api.get(`/admin/stock-items/export?metal=gold`, admin.headers)).data as string
      const [header, ...lines] = exported.trim().split("\r\n")
      expect(header.split(",")).toEqual(expect.arrayContaining(["metal", "fineness", "fine_grams"]))
      expect(lines.some((l) => l.includes(",gold,750,") && l.includes("9.375"))).toBe(true)
      expect(lines.some((l) => l.includes("silver"))).toBe(false)
      const analytics = (await get(`/admin/products/${w.grain.id}/stock-analytics?inventory_kind=materials_supplies`)).analytics
      expect(analytics.fine).toEqual(expect.arrayContaining([expect.objectContaining({ metal: "platinum", fine_weight: "19" }), expect.objectContaining({ metal: "gold", fine_weight: "9.375" })]))
    })

    it("a refining lot collects waste, sweeps and scrap, is sent, and is received once as fine metal, also when two receipts race", async () => {
      const { job, r1, casting } = await castAndPolish()
      const receiptId = (await get(`/admin/production-jobs/${job.id}`)).receipts[0].id
      const scrap = r1.created_items.find((i: any) => /-SCRAP1$/.test(i.tag_id))
      expect(casting).toBeTruthy()
      const waste = await get("/admin/metal/waste")
      expect(waste.waste.map((x: any) => x.receipt_id)).toContain(receiptId)
      const lot = (
        await post("/admin/metal/refining-lots", {
          metal: "gold",
          sources: [
            { kind: "waste", receipt_id: receiptId },
            { kind: "sweeps", description: "Bench sweeps, November", weight: "120", est_fineness: "40" },
            { kind: "scrap_item", stock_item_id: scrap.id, full: true },
          ],
        })
      ).data.refining_lot
      // 0.2 × 0.585 + 120 × 0.04 + 1.2 × 0.585 = 0.117 + 4.8 + 0.702
      expect(lot).toMatchObject({ status: "open", est_gross_weight: "121.4", est_fine_weight: "5.619" })
      const scrapNow = (await get(`/admin/stock-items/${scrap.id}`)).stock_item
      expect(scrapNow).toMatchObject({ weight: "0", status: "issued" })
      // The same waste cannot go into a second lot.
      const twice = await attempt(post("/admin/metal/refining-lots", { metal: "gold", sources: [{ kind: "waste", receipt_id: receiptId }] }))
      expect(twice.status).toBe(409)
      expect(twice.data.message).toMatch(/already in a refining lot/)
      await post(`/admin/metal/refining-lots/${lot.id}/send`, { supplier_id: refiner.id })
      const before = (await sql(`SELECT COUNT(*)::int AS n FROM jewelry_stock_item`))[0].n
      const body = { location_id: w.main.id, outputs: [{ product_id: w.grain.id, purity: "999.9 gold", weight: "5.2" }], charges: "35" }
      const [a, b] = await Promise.all([attempt(post(`/admin/metal/refining-lots/${lot.id}/receive`, body)), attempt(post(`/admin/metal/refining-lots/${lot.id}/receive`, body))])
      expect([a.status, b.status].sort()).toEqual([200, 409])
      expect((await sql(`SELECT COUNT(*)::int AS n FROM jewelry_stock_item`))[0].n).toBe(before + 1)
      const received = (await get(`/admin/metal/refining-lots/${lot.id}`)).refining_lot
      // 5.2 × 0.9999 = 5.19948 fine received of 5.619 estimated: (5.619 − 5.19948) ÷ 5.619 = 7.47%
      expect(received).toMatchObject({ status: "received", fine_received_weight: "5.1995", loss_pct: "7.47" })
      const recovered = received.sources.reduce((n: BigNumber, s: any) => n.plus(s.recovered_fine_weight), new BigNumber(0))
      expect(recovered.toFixed(4)).toBe("5.1995")
      const bar = (await sql(`SELECT metal, fineness::text AS f, fine_grams::text AS fine, cost_basis::text AS cost FROM jewelry_stock_item WHERE id = ?`, [received.output_item_ids[0]]))[0]
      expect(bar).toMatchObject({ metal: "gold", f: "999.9" })
      expect(new BigNumber(bar.fine).toFixed()).toBe("5.19948")
      // The loss report shows loss before and after recovery for the casting stage.
      const report = await get(`/admin/metal/loss-report?stage_id=${stages["Metal Casting"].id}`)
      const point = report.points.find((p: any) => p.job_id === job.id)
      expect(new BigNumber(point.recovered).isGreaterThan(0)).toBe(true)
      expect(new BigNumber(point.loss_after_recovery).isLessThan(point.loss)).toBe(true)
    })

    it("a melt lot conserves fine metal: fine out + melting loss = fine in; it completes once", async () => {
      const scrap = await grain({ purity: "14K", weight: "10" })
      const old = await grain({ purity: "18K", weight: "2" })
      const lot = (
        await post("/admin/metal/melt-lots", { metal: "gold", purity: "14K", product_id: w.grain.id, location_id: w.main.id, inputs: [{ stock_item_id: scrap.id, full: true }, { stock_item_id: old.id, full: true }] })
      ).data.melt_lot
      expect(lot).toMatchObject({ status: "open", fine_in_weight: "7.35", purity: "14K · 585" })
      const [a, b] = await Promise.all([
        attempt(post(`/admin/metal/melt-lots/${lot.id}/complete`, { output_weight: "11.9" })),
        attempt(post(`/admin/metal/melt-lots/${lot.id}/complete`, { output_weight: "11.9" })),
      ])
      expect([a.status, b.status].sort()).toEqual([200, 409])
      const done = (await get(`/admin/metal/melt-lots/${lot.id}`)).melt_lot
      expect(done).toMatchObject({ status: "melted", fine_out_weight: "6.9615", loss_fine_weight: "0.3885", gross_out_weight: "11.9" })
      expect(new BigNumber(done.fine_out_weight).plus(done.loss_fine_weight).toFixed()).toBe(done.fine_in_weight)
      const out = (await get(`/admin/stock-items/${done.output_item_id}`)).stock_item
      expect(out).toMatchObject({ metal: "gold", fineness: "585", weight: "11.9", fine_grams: "6.9615", cost_basis: "5000" }) // both inputs cost 2500
      // A melt that would make gold is refused, naming the field, and changes nothing.
      const more = await grain({ purity: "14K", weight: "1" })
      const lot2 = (await post("/admin/metal/melt-lots", { metal: "gold", purity: "18K", product_id: w.grain.id, location_id: w.main.id, inputs: [{ stock_item_id: more.id, full: true }] })).data.melt_lot
      const tooMuch = await attempt(post(`/admin/metal/melt-lots/${lot2.id}/complete`, { output_weight: "1" }))
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.message).toMatch(/^output_weight: .*more than the 0.585 g/)
      expect((await get(`/admin/metal/melt-lots/${lot2.id}`)).melt_lot.status).toBe("open")
      // Cancelled, what went in comes back.
      await post(`/admin/metal/melt-lots/${lot2.id}/cancel`, {})
      expect((await get(`/admin/stock-items/${more.id}`)).stock_item).toMatchObject({ weight: "1", status: "available" })
    })

    it("new routes answer bad input with a 400 naming the field and change nothing", async () => {
      const before = await sql(`SELECT (SELECT COUNT(*) FROM jewelry_refining_lot)::int AS lots, (SELECT COUNT(*) FROM jewelry_melt_lot)::int AS melts, (SELECT COUNT(*) FROM jewelry_stock_movement)::int AS moves`)
      const item = await grain()
      const cases: [string, any, string][] = [
        ["/admin/metal/refining-lots", { metal: "brass", sources: [{ kind: "sweeps", description: "x", weight: "1", est_fineness: "500" }] }, "metal"],
        ["/admin/metal/refining-lots", { metal: "gold", sources: [] }, "sources"],
        ["/admin/metal/refining-lots", { metal: "gold", sources: [{ kind: "sweeps", description: "x", weight: "1", est_fineness: "2000" }] }, "est_fineness"],
        ["/admin/metal/refining-lots", { metal: "gold", sources: [{ kind: "sweeps", description: "x", weight: "-1", est_fineness: "500" }] }, "weight"],
        ["/admin/metal/refining-lots", { metal: "gold", sources: [{ kind: "waste", receipt_id: "prjrc_missing" }] }, "receipt_id"],
        ["/admin/metal/refining-lots", { metal: "silver", sources: [{ kind: "scrap_item", stock_item_id: item.id, full: true }] }, "stock_item_id"],
        ["/admin/metal/melt-lots", { metal: "gold", purity: "31K", product_id: w.grain.id, location_id: w.main.id, inputs: [{ stock_item_id: item.id, full: true }] }, "purity"],
        ["/admin/metal/melt-lots", { metal: "gold", purity: "14K", product_id: "prod_missing", location_id: w.main.id, inputs: [{ stock_item_id: item.id, full: true }] }, "product_id"],
        ["/admin/metal/melt-lots", { metal: "gold", purity: "14K", product_id: w.grain.id, location_id: w.main.id, inputs: [] }, "inputs"],
      ]
      for (const [url, body, field] of cases) {
        const res = await attempt(post(url, body))
        expect([url, field, res.status]).toEqual([url, field, 400])
        expect(res.data.message).toMatch(new RegExp(field))
      }
      const q = await attempt(api.get("/admin/metal/entries?limit=-1", admin.headers))
      expect(q.status).toBe(400)
      const range = await attempt(api.get("/admin/metal/balances?from=2026-12-01&to=2026-11-01", admin.headers))
      expect(range.status).toBe(400)
      const after = await sql(`SELECT (SELECT COUNT(*) FROM jewelry_refining_lot)::int AS lots, (SELECT COUNT(*) FROM jewelry_melt_lot)::int AS melts, (SELECT COUNT(*) FROM jewelry_stock_movement)::int AS moves`)
      expect(after[0]).toEqual({ ...before[0], moves: before[0].moves + 1 })
      // The custody ledger is append-only.
      await castAndPolish()
      await expect(dbConnection.raw(`UPDATE jewelry_metal_entry SET gross_grams = 0`)).rejects.toThrow(/append-only/)
      await expect(dbConnection.raw(`DELETE FROM jewelry_metal_entry`)).rejects.toThrow(/append-only/)
    })
  },
})
