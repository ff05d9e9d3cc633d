import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { createShop, Shop } from "../helpers/shop"

jest.setTimeout(300_000)

/**
 * Seed 003: each kind of job ends in its own output. A customer's repair
 * ends at pickup (never shop stock), a stock repair gives the same item
 * back with its cost raised, a custom job serves its order line, and stones
 * set with no bench labour are set on the item itself (SetStones).
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: StaffUser
    let shop: Shop
    let types: Record<string, any>
    let stages: Record<string, any>
    const h = () => admin.headers
    const post = (url: string, body: any) => api.post(url, body, h())
    const get = async (url: string) => (await api.get(url, h())).data
    const sql = async (q: string, p: any[] = []) => (await dbConnection.raw(q, p)).rows
    const counts = async () =>
      // Live shop stock: records with something in them (a stage's consumed output record stays, empty, with its history).
      (await sql(`SELECT (SELECT COUNT(*) FROM jewelry_stock_item WHERE ownership = 'shop' AND (weight > 0 OR pieces > 0))::int AS shop_items, (SELECT COALESCE(SUM(pieces),0) FROM jewelry_stock_item WHERE ownership = 'shop' AND status = 'available')::int AS shop_pieces`))[0]
    const stocked = async () => {
      const [level] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: shop.ringInventoryId, location_id: shop.location.id })
      return Number(level?.stocked_quantity ?? 0)
    }
    /** The bench's available pieces of the ring variant: what Medusa's level follows. */
    const ringPieces = async () =>
      Number((await sql(`SELECT COALESCE(SUM(pieces),0)::int AS n FROM jewelry_stock_item WHERE variant_id = ? AND status = 'available' AND ownership = 'shop' AND deleted_at IS NULL`, [shop.ringVariant.id]))[0].n)
    const record = async (over: Record<string, any>) =>
      (await post("/admin/stock-items", { product_id: shop.ring.id, inventory_type_id: types["Rings"].id, weight: "4.2", weight_unit: "g", pieces: 1, location_id: shop.location.id, ...over })).data.stock_item
    const customer = async (email: string) => {
      const store = { "x-publishable-api-key": shop.pk }
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-pass-1" })
      const { data } = await api.post("/store/customers", { email, first_name: "Mei", last_name: "Chen" }, { headers: { authorization: `Bearer ${reg.token}`, ...store } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "secret-pass-1" })
      return { id: data.customer.id as string, headers: { headers: { authorization: `Bearer ${login.token}`, ...store } } }
    }
    const ledgerDrift = async () =>
      sql(`SELECT i.tag_id FROM jewelry_stock_item i JOIN jewelry_stock_movement m ON m.stock_item_id = i.id GROUP BY i.id, i.tag_id, i.weight_grams, i.pieces HAVING i.weight_grams <> SUM(m.grams_delta) OR i.pieces <> SUM(m.pieces_delta)`)

    beforeEach(async () => {
      const c = getContainer()
      admin = await createStaffUser(c, api, `bench-${Date.now()}@workshop.test`)
      await post("/admin/production/reset", { industry: "jewelry", confirm: true })
      shop = await createShop(c)
      types = Object.fromEntries((await get("/admin/production/inventory-types")).inventory_types.map((t: any) => [t.name, t]))
      stages = Object.fromEntries((await get("/admin/production/stages")).stages.map((s: any) => [s.name, s]))
    })

    it("a customer's repair: intake, estimate, approval, the work, ready, pickup once and the charge in Medusa; never shop stock", async () => {
      const mei = await customer(`mei-${Date.now()}@example.com`)
      const stranger = await customer(`other-${Date.now()}@example.com`)
      const before = await counts()
      const stockBefore = await stocked()
      const { data: intake } = await post("/admin/repairs", {
        customer_id: mei.id,
        description: "Resize from 6 to 7, retip two prongs",
        photos: ["https://example.com/intake-front.jpg"],
        condition_notes: "Worn shank, one loose prong",
        declared_metal: "14K",
        declared_stones: "1 round diamond about 0.5 ct",
        take_in_weight: "5.20",
        weight_unit: "g",
        location_id: shop.location.id,
        promised_date: new Date(Date.now() + 7 * 86400000).toISOString(),
        start_stage_id: stages["Assembly & Solder"].id,
      })
      const repair = intake.repair
      expect(repair).toMatchObject({ status: "intake", take_in_weight: "5.2", customer: { id: mei.id }, job: { status: "open" } })
      expect(repair.item.tag_id).toMatch(/REP\d{4}$/)
      // The customer's piece is findable but never stock: not listed, not counted, not in Medusa.
      expect(await counts()).toEqual(before)
      expect(await stocked()).toBe(stockBefore)
      expect((await get("/admin/stock-items?limit=200")).stock_items.map((i: any) => i.id)).not.toContain(repair.item.id)
      const found = (await get(`/admin/stock-items?ownership=customer&customer_id=${mei.id}`)).stock_items
      expect(found.map((i: any) => [i.tag_id, i.ownership, i.metal, i.fineness])).toEqual([[repair.item.tag_id, "customer", "gold", "585"]])
      // It cannot be sold, issued into another job or melted.
      const { result: order } = await createOrderWorkflow(getContainer()).run({
        input: { region_id: shop.region.id, sales_channel_id: shop.channel.id, email: "x@example.com", currency_code: "usd", items: [{ variant_id: shop.chainVariant.id, quantity: 1, title: "Chain", unit_price: 90 } as any] },
      })
      const sell = await attempt(post(`/admin/jewelry-orders/${order.id}/selections`, { lines: [{ line_item_id: order.items![0].id, items: [{ stock_item_id: repair.item.id, full: true }] }] }))
      expect(sell.status).toBe(400)
      expect(sell.data.message).toMatch(/customer's piece/)
      const other = (await post("/admin/production-jobs", { kind: "production", mode: "simple", title: "Other work" })).data
      const steal = await attempt(post(`/admin/production-jobs/${other.job.id}/issues`, { job_stage_id: other.stages[0].id, lines: [{ stock_item_id: repair.item.id, full: true }] }))
      expect(steal.status).toBe(400)
      expect(steal.data.message).toMatch(/goes only into its own repair job/)
      const melt = await attempt(post("/admin/metal/melt-lots", { metal: "gold", purity: "14K", product_id: shop.ring.id, location_id: shop.location.id, inputs: [{ stock_item_id: repair.item.id, full: true }] }))
      expect(melt.status).toBe(400)

      // The work: the piece goes through its own job, solder added at assembly.
      const jobId = repair.job.id
      const job = await get(`/admin/production-jobs/${jobId}`)
      const stageId = job.stages[0].id
      await post(`/admin/production-jobs/${jobId}/issues`, { job_stage_id: stageId, lines: [{ stock_item_id: repair.item.id, full: true }] })
      const received = (await post(`/admin/production-jobs/${jobId}/receipts`, { job_stage_id: stageId, received_weight: "5.35", received_pieces: 1 })).data
      const out = await get(`/admin/stock-items/${received.created_items[0].id}`)
      expect(out.stock_item).toMatchObject({ ownership: "customer", customer_id: mei.id, product_id: null })
      expect(await counts()).toEqual(before)
      // Not finished before the customer approves the estimate.
      const early = await attempt(post(`/admin/production-jobs/${jobId}/close-out`, { location_id: shop.location.id }))
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/not approved the estimate/)
      expect((await attempt(post(`/admin/repairs/${repair.id}/approve`, { approved_by_name: "Mei Chen" }))).status).toBe(400) // no estimate yet
      await post(`/admin/repairs/${repair.id}/estimate`, { estimate_amount: "85.00", currency_code: "usd" })
      // Not charged before the customer approves what they will pay.
      const unapproved = await attempt(post(`/admin/repairs/${repair.id}/charge`, {}))
      expect(unapproved.status).toBe(400)
      expect(unapproved.data.message).toMatch(/^status: .*approves the estimate/)
      await post(`/admin/repairs/${repair.id}/approve`, { approved_by_name: "Mei Chen" })
      // The job page and the piece find their repair directly.
      expect((await get(`/admin/repairs?job_id=${repair.job.id}`)).repairs.map((r: any) => r.id)).toEqual([repair.id])
      expect((await get(`/admin/repairs?stock_item_id=${repair.item.id}`)).repairs.map((r: any) => r.id)).toEqual([repair.id])
      const closed = (await post(`/admin/production-jobs/${jobId}/close-out`, { location_id: shop.location.id })).data
      expect(closed.created_items).toEqual([])
      // The same piece, same tag, comes back with the weight the bench returned; nothing new in stock.
      const back = (await get(`/admin/stock-items/${repair.item.id}`)).stock_item
      expect(back).toMatchObject({ tag_id: repair.item.tag_id, weight: "5.35", status: "available", ownership: "customer" })
      expect(await counts()).toEqual(before)
      expect(await stocked()).toBe(stockBefore)
      expect((await get(`/admin/repairs/${repair.id}`)).repair.status).toBe("ready")

      // The customer follows it in the store; another customer cannot see it.
      const mine = (await api.get(`/store/repairs/${repair.id}`, mei.headers)).data.repair
      expect(mine).toMatchObject({ status: "ready", ready_for_pickup: true, percent_done: 100, estimate: { amount: "85.00", currency_code: "usd", approved: true } })
      expect(JSON.stringify(mine)).not.toMatch(/cost|stock_item|actor/)
      expect((await api.get("/store/repairs", mei.headers)).data.repairs.map((r: any) => r.id)).toEqual([repair.id])
      expect((await attempt(api.get(`/store/repairs/${repair.id}`, stranger.headers))).status).toBe(404)

      // Pickup needs the acknowledgement; the weight out stands beside the weight in.
      const noName = await attempt(post(`/admin/repairs/${repair.id}/pickup`, { out_weight: "5.34" }))
      expect(noName.status).toBe(400)
      expect(noName.data.message).toMatch(/acknowledged_name/)
      const [a, b] = await Promise.all([
        attempt(post(`/admin/repairs/${repair.id}/pickup`, { out_weight: "5.34", acknowledged_name: "Mei Chen" })),
        attempt(post(`/admin/repairs/${repair.id}/pickup`, { out_weight: "5.34", acknowledged_name: "Mei Chen" })),
      ])
      expect([a.status, b.status].sort()).toEqual([200, 409])
      const done = (a.status === 200 ? a : b).data.repair
      expect(done).toMatchObject({ status: "picked_up", out_weight: "5.34", acknowledged_name: "Mei Chen", picked_up_by: admin.id, weight_change: { direction: "added", change: "0.14" } })
      expect(done.item).toMatchObject({ status: "returned", weight: "0" })
      // Charged through Medusa: a draft order for the customer at the estimate, made once.
      const { data: drafts } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "status", "is_draft_order", "customer_id", "items.unit_price", "items.title"], filters: { id: done.draft_order_id } })
      expect(drafts[0]).toMatchObject({ status: "draft", is_draft_order: true, customer_id: mei.id })
      expect(Number((drafts[0] as any).items[0].unit_price)).toBe(85)
      const again = await attempt(post(`/admin/repairs/${repair.id}/pickup`, { out_weight: "5.34", acknowledged_name: "Mei Chen" }))
      expect(again.status).toBe(409)
      expect(await ledgerDrift()).toEqual([])
    })

    it("a piece returned unrepaired (the customer declined): weighed and acknowledged, its job cancelled, nothing charged; not once work has begun", async () => {
      const ana = await customer(`ana-${Date.now()}@example.com`)
      const before = await counts()
      const intake = (
        await post("/admin/repairs", { customer_id: ana.id, description: "Re-string pearls", take_in_weight: "31.5", weight_unit: "g", location_id: shop.location.id, start_stage_id: stages["Stone Setting"].id })
      ).data.repair
      await post(`/admin/repairs/${intake.id}/estimate`, { estimate_amount: "120", currency_code: "usd" })
      const empty = await attempt(post(`/admin/repairs/${intake.id}/return`, { out_weight: "31.5" }))
      expect(empty.status).toBe(400)
      expect(empty.data.message).toMatch(/^acknowledged_name: /)
      const back = (await post(`/admin/repairs/${intake.id}/return`, { out_weight: "31.5", acknowledged_name: "Ana Ruiz", reason: "Declined the estimate" })).data.repair
      expect(back).toMatchObject({ status: "cancelled", cancel_reason: "Declined the estimate", acknowledged_name: "Ana Ruiz", draft_order_id: null, item: { status: "returned", weight: "0" }, job: { status: "cancelled" } })
      expect(await counts()).toEqual(before)
      expect((await attempt(post(`/admin/repairs/${intake.id}/return`, { out_weight: "31.5", acknowledged_name: "Ana Ruiz", reason: "again" }))).status).toBe(400)
      expect((await attempt(post(`/admin/repairs/${intake.id}/charge`, {}))).status).toBe(400)
      // The customer sees it handed back in the store.
      const mine = (await api.get(`/store/repairs/${intake.id}`, ana.headers)).data.repair
      expect(mine.status).toBe("cancelled")

      // Once material is on the bench for the repair, the piece is not handed back this way.
      const busy = (
        await post("/admin/repairs", { customer_id: ana.id, description: "Solder a chain", take_in_weight: "8", weight_unit: "g", location_id: shop.location.id, start_stage_id: stages["Assembly & Solder"].id })
      ).data.repair
      const solder = await record({ weight: "2", tag_id: `SOLD${Date.now() % 100000}` })
      const job = (await get(`/admin/production-jobs/${busy.job.id}`))
      await post(`/admin/production-jobs/${busy.job.id}/issues`, { job_stage_id: job.stages[0].id, lines: [{ stock_item_id: solder.id, weight: "0.5", weight_unit: "g" }] })
      const refused = await attempt(post(`/admin/repairs/${busy.id}/return`, { out_weight: "8", acknowledged_name: "Ana Ruiz", reason: "Changed her mind" }))
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(/material issued/)
      expect(await ledgerDrift()).toEqual([])
    })

    it("two charges of one repair at once make one draft order in Medusa", async () => {
      const kim = await customer(`kim-${Date.now()}@example.com`)
      const r = (
        await post("/admin/repairs", { customer_id: kim.id, description: "Replace a clasp", take_in_weight: "6", weight_unit: "g", location_id: shop.location.id, estimate_amount: "40", currency_code: "usd" })
      ).data.repair
      await post(`/admin/repairs/${r.id}/approve`, { approved_by_name: "Kim Lee" })
      const results = await Promise.all([0, 1, 2].map(() => attempt(post(`/admin/repairs/${r.id}/charge`, {}))))
      expect(results.every((x) => x.status === 200 || x.status === 409)).toBe(true)
      const drafts = await sql(`SELECT id FROM "order" WHERE metadata->>'jewelry_repair_id' = ? AND deleted_at IS NULL`, [r.id])
      expect(drafts).toHaveLength(1)
      expect((await get(`/admin/repairs/${r.id}`)).repair.draft_order_id).toBe(drafts[0].id)
    })

    it("a repair of stock gives the same item back, its cost basis raised by the job's cost; no new item", async () => {
      const ring = await record({ tag_id: `RING${Date.now()}`, weight: "4.20", cost_basis: "1000", variant_id: shop.ringVariant.id, purity: "14K" })
      const before = await counts()
      const { data } = await post("/admin/production-jobs", { kind: "repair", mode: "simple", title: "Refurbish: rhodium and polish", repair_item_id: ring.id, start_stage_id: stages["Final Polish"].id })
      expect(data.job).toMatchObject({ repair_item_id: ring.id, product_id: shop.ring.id })
      const stageId = data.stages[0].id
      await post(`/admin/production-jobs/${data.job.id}/stages/${stageId}`, { cost: "45" })
      await post(`/admin/production-jobs/${data.job.id}/issues`, { job_stage_id: stageId, lines: [{ stock_item_id: ring.id, full: true }] })
      expect((await get(`/admin/stock-items/${ring.id}`)).stock_item.status).toBe("issued")
      await post(`/admin/production-jobs/${data.job.id}/receipts`, { job_stage_id: stageId, received_weight: "4.17", received_pieces: 1, waste_weight: "0.03" })
      const closed = (await post(`/admin/production-jobs/${data.job.id}/close-out`, { location_id: shop.location.id })).data
      expect(closed.created_items).toEqual([])
      const back = (await get(`/admin/stock-items/${ring.id}`)).stock_item
      expect(back).toMatchObject({ tag_id: ring.tag_id, weight: "4.17", pieces: 1, status: "available", cost_basis: "1045" })
      expect(await counts()).toEqual(before)
      expect(await stocked()).toBe(await ringPieces())
      // The same piece cannot be in two repairs at once, and a customer's piece is taken in, not repaired as stock.
      const twice = await attempt(post("/admin/production-jobs", { kind: "production", mode: "simple", title: "x", repair_item_id: ring.id }))
      expect(twice.status).toBe(400)
      expect(twice.data.message).toMatch(/^repair_item_id: only a repair job/)
      expect(await ledgerDrift()).toEqual([])
    })

    it("a custom job for an order line closes out into its piece, selected for that line at once", async () => {
      const { result: order } = await createOrderWorkflow(getContainer()).run({
        input: { region_id: shop.region.id, sales_channel_id: shop.channel.id, email: "bride@example.com", currency_code: "usd", items: [{ variant_id: shop.chainVariant.id, quantity: 1, title: "Rope Chain 925, custom length", unit_price: 90 } as any] },
      })
      const line = order.items![0]
      const { data } = await post("/admin/production-jobs", { kind: "custom", mode: "simple", title: "Rope chain, 19 in", order_id: order.id, order_line_item_id: line.id })
      const grain = await record({ variant_id: null, inventory_type_id: types["Precious Metals"].id, purity: "14K", weight: "10" })
      await post(`/admin/production-jobs/${data.job.id}/issues`, { job_stage_id: data.stages[0].id, lines: [{ stock_item_id: grain.id, weight: "5" }] })
      await post(`/admin/production-jobs/${data.job.id}/receipts`, { job_stage_id: data.stages[0].id, received_weight: "4.6", received_pieces: 1, waste_weight: "0.4" })
      const closed = (await post(`/admin/production-jobs/${data.job.id}/close-out`, { location_id: shop.location.id })).data
      expect(closed.created_items).toHaveLength(1)
      const view = await get(`/admin/jewelry-orders/${order.id}`)
      expect(view.selections).toEqual([expect.objectContaining({ stock_item_id: closed.created_items[0].id, line_item_id: line.id, status: "selected", pieces: 1 })])
      expect(view.lines[0].status).toBe("production_completed")
      expect((await get(`/admin/stock-items/${closed.created_items[0].id}`)).stock_item).toMatchObject({ status: "reserved", pieces: 0 })
      // The chain is not counted by Medusa (unmanaged); the ring's level is untouched and follows the bench.
      expect(await stocked()).toBe(await ringPieces())
      expect(await ledgerDrift()).toEqual([])
    })

    it("SetStones on an item: stones leave stock into the piece, which lists them; unsetting gives them back; the last stone goes to one piece", async () => {
      const mount = await record({ tag_id: `MNT${Date.now()}`, weight: "3.20", cost_basis: "360", variant_id: shop.ringVariant.id })
      const lot = await record({ product_id: shop.ring.id, inventory_type_id: types["Gemstones"].id, weight: "0.30", weight_unit: "ct", pieces: 3, shape: "Round", size: "2.5mm", cost_basis: "300", variant_id: null })
      const single = await record({ product_id: shop.ring.id, inventory_type_id: types["Gemstones"].id, weight: "0.50", weight_unit: "ct", pieces: 1, shape: "Round", size: "5.1mm", color: "G", quality: "VS1", cost_basis: "1050", variant_id: null })
      const set = (await post(`/admin/stock-items/${mount.id}/stones`, { stones: [{ stock_item_id: lot.id, pieces: 2, weight: "0.20", weight_unit: "ct" }, { stock_item_id: single.id, full: true }] })).data
      // 0.70 ct = 0.14 g; cost 200 + 1050.
      expect(set.stock_item).toMatchObject({ weight: "3.34", pieces: 1, cost_basis: "1610" })
      expect(set.stones_set.map((s: any) => [s.stone_tag_id, s.pieces, s.weight, s.weight_unit, s.shape, s.size, s.unset_at])).toEqual([
        [lot.tag_id, 2, "0.2", "ct", "Round", "2.5mm", null],
        [single.tag_id, 1, "0.5", "ct", "Round", "5.1mm", null],
      ])
      expect((await get(`/admin/stock-items/${lot.id}`)).stock_item).toMatchObject({ weight: "0.1", pieces: 1, status: "available" })
      expect((await get(`/admin/stock-items/${single.id}`)).stock_item).toMatchObject({ weight: "0", pieces: 0, status: "issued" })
      // Unset the single stone: back to stock, off the piece's weight and cost; the record stays, marked unset.
      const settingId = set.stones_set[1].id
      const unset = (await api.delete(`/admin/stock-items/${mount.id}/stones/${settingId}`, h())).data
      expect(unset.stock_item).toMatchObject({ weight: "3.24", cost_basis: "560" })
      expect(unset.stones_set[1].unset_at).toBeTruthy()
      expect((await get(`/admin/stock-items/${single.id}`)).stock_item).toMatchObject({ weight: "0.5", pieces: 1, status: "available" })
      expect((await attempt(api.delete(`/admin/stock-items/${mount.id}/stones/${settingId}`, h()))).status).toBe(409)
      // Two pieces ask for the last stone at once: one wins, the other gets 409.
      const other = await record({ tag_id: `MNT2${Date.now()}`, weight: "3.40", variant_id: shop.ringVariant.id })
      const results = await Promise.all([
        attempt(post(`/admin/stock-items/${mount.id}/stones`, { stones: [{ stock_item_id: single.id, full: true }] })),
        attempt(post(`/admin/stock-items/${other.id}/stones`, { stones: [{ stock_item_id: single.id, full: true }] })),
      ])
      expect(results.map((r) => r.status).sort()).toEqual([200, 409])
      // Bad input names the field and changes nothing.
      const bad = await attempt(post(`/admin/stock-items/${mount.id}/stones`, { stones: [{ stock_item_id: lot.id, pieces: 5 }] }))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/^stones\[0\]\.pieces: .* cannot deduct 5 pieces/)
      expect(await ledgerDrift()).toEqual([])
      expect(await stocked()).toBe(await ringPieces())
    })
  },
})
