import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { createWorkshop } from "../helpers/fixtures"
import { STOCK_MODULE } from "../../src/modules/stock"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: StaffUser
    let w: Awaited<ReturnType<typeof createWorkshop>>
    let types: Record<string, any>

    const typeByName = (name: string) => types[name].id
    const newItem = (over: Record<string, unknown> = {}) => ({
      product_id: w.diamond.id,
      variant_id: w.diamondVariant.id,
      inventory_type_id: typeByName("Gemstones"),
      shape: "Round",
      size: "5.1mm",
      color: "G",
      quality: "VS1",
      weight: "0.50",
      weight_unit: "ct",
      pieces: 1,
      location_id: w.main.id,
      ...over,
    })
    const create = async (over: Record<string, unknown> = {}) =>
      (await api.post("/admin/stock-items", newItem(over), admin.headers)).data.stock_item
    const ledgerOf = async (id: string) => {
      const { data } = await api.get(`/admin/stock-items/${id}?movements_limit=500`, admin.headers)
      return data
    }
    const counts = async () => {
      const rows = await dbConnection.raw(
        `SELECT (SELECT COUNT(*) FROM jewelry_stock_item)::int AS items, (SELECT COUNT(*) FROM jewelry_stock_movement)::int AS movements,
                (SELECT COALESCE(SUM(weight), 0)::text FROM jewelry_stock_item) AS weight`
      )
      return rows.rows[0]
    }
    const sumOfMovements = async (id: string) => {
      const rows = await dbConnection.raw(
        `SELECT i.weight::text AS weight, i.pieces, i.weight_grams::text AS grams,
                (SELECT COALESCE(SUM(CASE WHEN direction = 'deducted' THEN -weight ELSE weight END), 0) FROM jewelry_stock_movement m WHERE m.stock_item_id = i.id)::text AS movement_weight,
                (SELECT COALESCE(SUM(pieces_delta), 0) FROM jewelry_stock_movement m WHERE m.stock_item_id = i.id)::int AS movement_pieces,
                (SELECT COALESCE(SUM(grams_delta), 0) FROM jewelry_stock_movement m WHERE m.stock_item_id = i.id)::text AS movement_grams
         FROM jewelry_stock_item i WHERE i.id = ?`,
        [id]
      )
      return rows.rows[0]
    }
    const stocked = async () => {
      const [level] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: w.diamondInventoryItemId, location_id: w.main.id })
      return Number(level.stocked_quantity)
    }

    beforeEach(async () => {
      const container = getContainer()
      admin = await createStaffUser(container, api, `admin-${Date.now()}@workshop.test`)
      await api.post("/admin/production/reset", { industry: "jewelry", confirm: true }, admin.headers)
      await api.post("/admin/production/settings", { tag_prefix: "GEM" }, admin.headers)
      w = await createWorkshop(container)
      const all = (await api.get("/admin/production/inventory-types", admin.headers)).data.inventory_types
      types = Object.fromEntries(all.map((t: any) => [t.name, t]))
    })

    describe("Recording stock", () => {
      it("an item gets its tag from org prefix + product short name + 4-digit sequence, and an opening movement", async () => {
        const a = await create()
        const b = await create({ weight: "1.02" })
        expect(a.tag_id).toBe("GEMDIA0001")
        expect(b.tag_id).toBe("GEMDIA0002")
        expect(a).toMatchObject({ weight: "0.5", weight_unit: "ct", weight_grams: "0.1", pieces: 1, status: "available", inventory_kind: "materials_supplies" })
        const { movements } = await ledgerOf(a.id)
        expect(movements).toHaveLength(1)
        expect(movements[0]).toMatchObject({ direction: "added", reason: "initial", weight: "0.5", pieces_delta: 1 })
        const grain = await create({ product_id: w.grain.id, variant_id: null, inventory_type_id: typeByName("Precious Metals"), weight: "31.1", weight_unit: "g" })
        expect(grain.tag_id).toBe("GEMGRN0001")
      })

      it("many items created at once, in parallel requests, never share a tag", async () => {
        const batches = await Promise.all(
          Array.from({ length: 5 }, () =>
            api.post("/admin/stock-items", { items: Array.from({ length: 8 }, () => newItem()) }, admin.headers)
          )
        )
        const tags = batches.flatMap((b) => b.data.stock_items.map((i: any) => i.tag_id))
        expect(tags).toHaveLength(40)
        expect(new Set(tags).size).toBe(40)
        expect(tags.every((t) => /^GEMDIA\d{4}$/.test(t))).toBe(true)
      })

      it.each([
        [{ weight: "-1" }, "weight"],
        [{ weight: "heavy" }, "weight"],
        [{ weight_unit: "pound" }, "weight_unit"],
        [{ pieces: -2 }, "pieces"],
        [{ pieces: 1.5 }, "pieces"],
        [{ product_id: "prod_missing" }, "product_id"],
        [{ location_id: "sloc_missing" }, "location_id"],
        [{ inventory_type_id: "prinvt_missing" }, "inventory_type_id"],
        [{ cost_basis: "-5" }, "cost_basis"],
      ])("refuses %j with a 400 naming the field and changes nothing", async (over, field) => {
        await create()
        const before = await counts()
        const res = await attempt(api.post("/admin/stock-items", newItem(over), admin.headers))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
        expect(await counts()).toEqual(before)
      })

      it("a bulk request with one bad item creates none of them", async () => {
        const before = await counts()
        const res = await attempt(
          api.post("/admin/stock-items", { items: [newItem(), newItem({ location_id: "sloc_missing" }), newItem()] }, admin.headers)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/row 2: location_id/)
        expect(await counts()).toEqual(before)
      })

      it("a variant of another product is refused", async () => {
        const res = await attempt(api.post("/admin/stock-items", newItem({ variant_id: w.grainVariant.id }), admin.headers))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("variant_id")
      })
    })

    describe("The movement ledger", () => {
      it("adjusting with a reason appends a movement; weight and pieces always equal the sum of movements", async () => {
        const item = await create({ weight: "2.00", pieces: 4 })
        await api.post(`/admin/stock-items/${item.id}/adjustments`, { weight_delta: "-0.35", pieces_delta: -1, note: "Chipped stone removed" }, admin.headers)
        await api.post(`/admin/stock-items/${item.id}/adjustments`, { weight_delta: "10", weight_unit: "mg", note: "Reweighed" }, admin.headers)
        const { stock_item, movements } = await ledgerOf(item.id)
        expect(stock_item).toMatchObject({ weight: "1.7", pieces: 3 })
        expect(movements.map((m: any) => [m.direction, m.reason, m.weight, m.note])).toEqual([
          ["added", "adjustment", "0.05", "Reweighed"],
          ["deducted", "adjustment", "0.35", "Chipped stone removed"],
          ["added", "initial", "2", null],
        ])
        expect(movements[0].actor_id).toBe(admin.id)
        const sums = await sumOfMovements(item.id)
        expect(Number(sums.movement_weight)).toBe(Number(sums.weight))
        expect(sums.movement_pieces).toBe(sums.pieces)
        expect(Number(sums.movement_grams)).toBe(Number(sums.grams))
      })

      it("no request can make weight or pieces negative, and a refused one changes nothing", async () => {
        const item = await create({ weight: "1", pieces: 1 })
        const before = await counts()
        const w1 = await attempt(api.post(`/admin/stock-items/${item.id}/adjustments`, { weight_delta: "-1.01", note: "x" }, admin.headers))
        expect(w1.status).toBe(400)
        expect(w1.data.message).toMatch(/^weight: GEMDIA0001 has 1 ct, cannot deduct 1.01 ct/)
        const p1 = await attempt(api.post(`/admin/stock-items/${item.id}/adjustments`, { weight_delta: "0", pieces_delta: -2, note: "x" }, admin.headers))
        expect(p1.status).toBe(400)
        expect(p1.data.message).toContain("pieces")
        const noReason = await attempt(api.post(`/admin/stock-items/${item.id}/adjustments`, { weight_delta: "-0.1" }, admin.headers))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("note")
        const nan = await attempt(api.post(`/admin/stock-items/${item.id}/adjustments`, { weight_delta: "abc", note: "x" }, admin.headers))
        expect(nan.status).toBe(400)
        expect(nan.data.message).toContain("weight_delta")
        const missing = await attempt(api.post(`/admin/stock-items/jsi_missing/adjustments`, { weight_delta: "-0.1", note: "x" }, admin.headers))
        expect(missing.status).toBe(404)
        expect(await counts()).toEqual(before)
      })

      it("50 concurrent deductions on one item leave a correct ledger and never a negative balance", async () => {
        const item = await create({ weight: "10", weight_unit: "g", pieces: 30, product_id: w.grain.id, variant_id: null, inventory_type_id: typeByName("Precious Metals") })
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            attempt(api.post(`/admin/stock-items/${item.id}/adjustments`, { weight_delta: "-0.3", pieces_delta: -1, note: `bench ${i}` }, admin.headers))
          )
        )
        const ok = results.filter((r) => r.status === 200).length
        const refused = results.filter((r) => r.status === 400).length
        expect(ok + refused).toBe(50)
        expect(ok).toBe(30) // pieces run out first: 30 × 1 pc, 30 × 0.3 g = 9 g
        const { stock_item, movements } = await ledgerOf(item.id)
        expect(stock_item.pieces).toBe(0)
        expect(stock_item.weight).toBe("1")
        expect(movements).toHaveLength(31)
        // Every recorded balance is the previous one minus the deduction, never below zero.
        const ordered = [...movements].reverse()
        for (let i = 1; i < ordered.length; i++) {
          expect(Number(ordered[i].balance_weight)).toBeCloseTo(Number(ordered[i - 1].balance_weight) - 0.3, 8)
          expect(ordered[i].balance_pieces).toBe(ordered[i - 1].balance_pieces - 1)
          expect(ordered[i].balance_pieces).toBeGreaterThanOrEqual(0)
        }
        const sums = await sumOfMovements(item.id)
        expect(Number(sums.movement_weight)).toBe(1)
        expect(sums.movement_pieces).toBe(0)
      })

      it("the ledger is append-only: the database refuses to change or delete a movement", async () => {
        const item = await create()
        await expect(dbConnection.raw(`UPDATE jewelry_stock_movement SET weight = 99 WHERE stock_item_id = ?`, [item.id])).rejects.toThrow(/append-only/)
        await expect(dbConnection.raw(`DELETE FROM jewelry_stock_movement WHERE stock_item_id = ?`, [item.id])).rejects.toThrow(/append-only/)
      })

      it("moves an item to another location, rack and bin, with the move in its history", async () => {
        const item = await create()
        const { data } = await api.post(`/admin/stock-items/${item.id}/move`, { location_id: w.vault.id, rack: "R2", bin: "B7" }, admin.headers)
        expect(data.stock_item).toMatchObject({ location_id: w.vault.id, rack: "R2", bin: "B7", weight: "0.5" })
        const { movements } = await ledgerOf(item.id)
        expect(movements[0]).toMatchObject({ reason: "transfer", from_location_id: w.main.id, location_id: w.vault.id, weight: "0" })
        const bad = await attempt(api.post(`/admin/stock-items/${item.id}/move`, { location_id: "sloc_missing" }, admin.headers))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("location_id")
      })

      it("changes status along allowed paths only", async () => {
        const item = await create()
        const r = await api.post(`/admin/stock-items/${item.id}/status`, { status: "reserved", note: "Held for Mrs. Chen" }, admin.headers)
        expect(r.data.stock_item.status).toBe("reserved")
        await api.post(`/admin/stock-items/${item.id}/status`, { status: "scrapped" }, admin.headers)
        const back = await attempt(api.post(`/admin/stock-items/${item.id}/status`, { status: "available" }, admin.headers))
        expect(back.status).toBe(400)
        expect(back.data.message).toMatch(/^status: .*cannot go from scrapped to available/)
        const unknown = await attempt(api.post(`/admin/stock-items/${item.id}/status`, { status: "melted" }, admin.headers))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("status")
      })
    })

    describe("Medusa's stock follows the bench", () => {
      it("the variant's stocked quantity at the location equals the available pieces of its items", async () => {
        expect(await stocked()).toBe(0)
        const a = await create({ pieces: 2 })
        await create({ pieces: 3 })
        expect(await stocked()).toBe(5)
        await api.post(`/admin/stock-items/${a.id}/adjustments`, { weight_delta: "-0.1", pieces_delta: -1, note: "sold loose" }, admin.headers)
        expect(await stocked()).toBe(4)
        await api.post(`/admin/stock-items/${a.id}/status`, { status: "reserved" }, admin.headers)
        expect(await stocked()).toBe(3)
        await api.post(`/admin/stock-items/${a.id}/status`, { status: "available" }, admin.headers)
        await api.post(`/admin/stock-items/${a.id}/move`, { location_id: w.vault.id }, admin.headers)
        expect(await stocked()).toBe(3)
        const [vault] = await getContainer()
          .resolve(Modules.INVENTORY)
          .listInventoryLevels({ inventory_item_id: w.diamondInventoryItemId, location_id: w.vault.id })
        expect(Number(vault.stocked_quantity)).toBe(1)
      })

      it("a failure while updating Medusa's stock leaves no item and no movement behind", async () => {
        await create({ pieces: 1 })
        const before = await counts()
        const inventory: any = getContainer().resolve(Modules.INVENTORY)
        const spy = jest.spyOn(inventory, "updateInventoryLevels").mockRejectedValueOnce(new Error("inventory down"))
        const res = await attempt(api.post("/admin/stock-items", newItem({ pieces: 2 }), admin.headers))
        spy.mockRestore()
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(await counts()).toEqual(before)
        expect(await stocked()).toBe(1)
        // And the tag sequence moves on without a gap-filling duplicate.
        const next = await create()
        expect(next.tag_id).toMatch(/^GEMDIA000[23]$/)
      })
    })

    describe("Finding stock", () => {
      beforeEach(async () => {
        await api.post(
          "/admin/stock-items",
          {
            items: [
              newItem({ shape: "Round", size: "5.1mm", color: "G", weight: "0.5" }),
              newItem({ shape: "Oval", size: "7x5mm", color: "F", weight: "0.9" }),
              newItem({ shape: "Round", size: "6.5mm", color: "H", weight: "1.01", location_id: w.vault.id }),
              newItem({ product_id: w.grain.id, variant_id: null, inventory_type_id: typeByName("Precious Metals"), shape: null, size: null, color: "Yellow", weight: "31.1", weight_unit: "g" }),
            ],
          },
          admin.headers
        )
      })

      it("filters by product, type, shape, size, color, location and status; sorts and pages", async () => {
        const get = async (qs: string) => (await api.get(`/admin/stock-items?${qs}`, admin.headers)).data
        expect((await get(`product_id=${w.diamond.id}`)).count).toBe(3)
        expect((await get(`shape=Round&product_id=${w.diamond.id}`)).stock_items.map((i: any) => i.color).sort()).toEqual(["G", "H"])
        expect((await get(`location_id=${w.vault.id}`)).stock_items.map((i: any) => i.size)).toEqual(["6.5mm"])
        expect((await get(`inventory_type_id=${typeByName("Precious Metals")}`)).stock_items[0].tag_id).toBe("GEMGRN0001")
        expect((await get(`inventory_kind=materials_supplies&color=F`)).count).toBe(1)
        expect((await get(`q=dia0002`)).stock_items.map((i: any) => i.tag_id)).toEqual(["GEMDIA0002"])
        const heavy = await get(`order=-weight&limit=2`)
        expect(heavy.stock_items.map((i: any) => i.tag_id)).toEqual(["GEMGRN0001", "GEMDIA0003"])
        expect(heavy.count).toBe(4)
        const page2 = await get(`order=tag_id&limit=2&offset=2`)
        expect(page2.stock_items.map((i: any) => i.tag_id)).toEqual(["GEMDIA0003", "GEMGRN0001"])
        const bad = await attempt(api.get(`/admin/stock-items?order=colour`, admin.headers))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("order")
      })

      it("exports exactly the filtered set as CSV", async () => {
        const res = await api.get(`/admin/stock-items/export?shape=Round&order=tag_id`, admin.headers)
        expect(res.headers["content-type"]).toContain("text/csv")
        const lines = res.data.trim().split("\r\n")
        expect(lines[0].split(",").slice(0, 3)).toEqual(["tag_id", "product_id", "variant_id"])
        expect(lines.slice(1).map((l: string) => l.split(",")[0])).toEqual(["GEMDIA0001", "GEMDIA0003"])
        // Each line says what the item's own page says, column by column.
        const header = lines[0].split(",")
        const listed = (await api.get(`/admin/stock-items?shape=Round&order=tag_id&fields=id,tag_id`, admin.headers)).data.stock_items
        for (const [n, line] of lines.slice(1).entries()) {
          const item = (await api.get(`/admin/stock-items/${listed[n].id}`, admin.headers)).data.stock_item
          const row = Object.fromEntries(line.split(",").map((v: string, k: number) => [header[k], v]))
          for (const c of ["tag_id", "product_id", "inventory_kind", "shape", "size", "weight", "weight_unit", "pieces", "fine_grams", "location_id", "status", "cost_basis"]) {
            expect([c, row[c]]).toEqual([c, item[c] === null || item[c] === undefined ? "" : String(item[c])])
          }
        }
      })
    })

    describe("Importing stock from CSV", () => {
      const header = "tag_id,product_handle,variant_sku,inventory_type,shape,size,color,quality,weight,weight_unit,pieces,location,rack,bin"

      it("a dry run reports every row it would refuse and why, and writes nothing", async () => {
        const csv = [
          header,
          `,${w.diamond.handle},${w.diamondVariant.sku},Gemstones,Round,5mm,G,VS1,0.48,ct,1,${w.main.name},A,1`,
          `,no-such-product,,Gemstones,Round,5mm,G,VS1,0.48,ct,1,${w.main.name},A,1`,
          `,${w.diamond.handle},,Gemstones,Round,5mm,G,VS1,-2,ct,1,${w.main.name},A,1`,
          `,${w.diamond.handle},,Gemstones,Round,5mm,G,VS1,0.3,stone,1,Nowhere,A,1`,
          `OLD-1,${w.grain.handle},,Precious Metals,,,,14K,12.5,dwt,1,${w.vault.name},,`,
        ].join("\n")
        const before = await counts()
        const { data } = await api.post("/admin/stock-items/import", { csv, dry_run: true }, admin.headers)
        expect(data).toMatchObject({ dry_run: true, rows: 5, valid: 2, refused: 3 })
        expect(data.errors.map((e: any) => [e.line, e.field])).toEqual([
          [3, "product_handle"],
          [3, "product_id"],
          [4, "weight"],
          [5, "location"],
          [5, "location_id"],
          [5, "weight_unit"],
        ])
        expect(await counts()).toEqual(before)
        // The same file for real is refused whole.
        const real = await attempt(api.post("/admin/stock-items/import", { csv }, admin.headers))
        expect(real.status).toBe(400)
        expect(real.data.message).toContain("nothing was imported")
        expect(await counts()).toEqual(before)
      })

      it("imports good rows with their own tags or new ones", async () => {
        const csv = [
          header,
          `,${w.diamond.handle},${w.diamondVariant.sku},Gemstones,Round,5mm,G,VS1,0.48,ct,2,${w.main.name},A,1`,
          `old-7,${w.grain.handle},,Precious Metals,,,,14K,12.5,dwt,1,${w.vault.name},,`,
        ].join("\n")
        const { status, data } = await api.post("/admin/stock-items/import", { csv }, admin.headers)
        expect(status).toBe(201)
        expect(data.imported).toBe(2)
        expect(data.stock_items.map((i: any) => i.tag_id)).toEqual(["GEMDIA0001", "OLD-7"])
        expect(data.stock_items[1]).toMatchObject({ weight: "12.5", weight_unit: "dwt", quality: "14K" })
        const { movements } = await ledgerOf(data.stock_items[1].id)
        expect(movements[0].reason).toBe("import")
        const again = await api.post("/admin/stock-items/import", { csv, dry_run: true }, admin.headers)
        expect(again.data.errors).toEqual([expect.objectContaining({ line: 3, field: "tag_id", message: "tag_id: OLD-7 already exists" })])
      })

      it("a broken file or missing columns is a 400", async () => {
        const broken = await attempt(api.post("/admin/stock-items/import", { csv: 'weight,"oops' }, admin.headers))
        expect(broken.status).toBe(400)
        expect(broken.data.message).toContain("csv")
        const cols = await attempt(api.post("/admin/stock-items/import", { csv: "weight\n1" }, admin.headers))
        expect(cols.status).toBe(400)
        expect(cols.data.message).toContain("missing column")
      })
    })

    describe("Product details analytics", () => {
      it("counts, totals, averages and the 30-day change in the store's default unit, from the database", async () => {
        const a = await create({ weight: "0.5" })
        await create({ weight: "1.5" })
        await api.post(`/admin/stock-items/${a.id}/adjustments`, { weight_delta: "-0.25", note: "recut" }, admin.headers)
        const g = (await api.get(`/admin/products/${w.diamond.id}/stock-analytics?inventory_kind=materials_supplies`, admin.headers)).data.analytics
        expect(g).toMatchObject({ unit: "g", item_count: 2, pieces: 2, total_weight: "0.35", average_weight: "0.175", change_30d: "0.35" })
        const today = new Date().toISOString().slice(0, 10)
        expect(g.series).toEqual([{ day: today, added: "0.4", deducted: "0.05" }])
        await api.post("/admin/production/settings", { default_weight_unit: "ct" }, admin.headers)
        const ct = (await api.get(`/admin/products/${w.diamond.id}/stock-analytics?inventory_kind=materials_supplies`, admin.headers)).data.analytics
        expect(ct).toMatchObject({ unit: "ct", total_weight: "1.75", average_weight: "0.875", change_30d: "1.75" })
        const none = (await api.get(`/admin/products/${w.diamond.id}/stock-analytics?inventory_kind=finished`, admin.headers)).data.analytics
        expect(none).toMatchObject({ item_count: 0, total_weight: "0", average_weight: null })
        const bad = await attempt(api.get(`/admin/products/${w.diamond.id}/stock-analytics?inventory_kind=shiny`, admin.headers))
        expect(bad.status).toBe(400)
        expect((await attempt(api.get(`/admin/products/prod_missing/stock-analytics`, admin.headers))).status).toBe(404)
      })

      it("writes a summary of recent activity offline", async () => {
        const a = await create({ weight: "0.5" })
        await api.post(`/admin/stock-items/${a.id}/adjustments`, { weight_delta: "-0.25", note: "recut" }, admin.headers)
        const { summary } = (await api.get(`/admin/products/${w.diamond.id}/stock-summary?inventory_kind=materials_supplies`, admin.headers)).data
        expect(summary.provider).toBe("offline")
        expect(summary.text).toContain("Round Brilliant Diamond: 1 item of materials & supplies on hand")
        expect(summary.text).toContain("2 movements")
      })

      it("managers and admins choose the product image from its stock items' images; members cannot", async () => {
        const item = await create({ image_url: "https://images.example/dia-1.jpg" })
        const member = await createStaffUser(getContainer(), api, `m-${Date.now()}@workshop.test`)
        await api.post("/admin/production/staff-profiles", { user_id: member.id, role: "member", location_ids: [w.main.id] }, admin.headers)
        const refused = await attempt(api.post(`/admin/products/${w.diamond.id}/stock-image`, { stock_item_id: item.id }, member.headers))
        expect(refused.status).toBe(403)
        const manager = await createStaffUser(getContainer(), api, `mg-${Date.now()}@workshop.test`)
        await api.post("/admin/production/staff-profiles", { user_id: manager.id, role: "manager", location_ids: [w.main.id] }, admin.headers)
        const images = (await api.get(`/admin/products/${w.diamond.id}/stock-image`, manager.headers)).data.images
        expect(images).toEqual([{ stock_item_id: item.id, tag_id: "GEMDIA0001", url: "https://images.example/dia-1.jpg" }])
        const { data } = await api.post(`/admin/products/${w.diamond.id}/stock-image`, { stock_item_id: item.id }, manager.headers)
        expect(data.product.thumbnail).toBe("https://images.example/dia-1.jpg")
        const product = (await api.get(`/admin/products/${w.diamond.id}`, admin.headers)).data.product
        expect(product.thumbnail).toBe("https://images.example/dia-1.jpg")
        const noImage = await create()
        const bad = await attempt(api.post(`/admin/products/${w.diamond.id}/stock-image`, { stock_item_id: noImage.id }, manager.headers))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("stock_item_id")
      })
    })

    describe("Visibility by role and location", () => {
      it("members see their own locations only, managers likewise unless allowed all, admins everything", async () => {
        const own = await create({ location_id: w.main.id })
        const other = await create({ location_id: w.vault.id })
        const member = await createStaffUser(getContainer(), api, `mem-${Date.now()}@workshop.test`)
        await api.post("/admin/production/staff-profiles", { user_id: member.id, role: "member", location_ids: [w.main.id] }, admin.headers)
        const manager = await createStaffUser(getContainer(), api, `man-${Date.now()}@workshop.test`)
        await api.post("/admin/production/staff-profiles", { user_id: manager.id, role: "manager", location_ids: [w.main.id] }, admin.headers)
        const tagsFor = async (u: StaffUser) => (await api.get("/admin/stock-items?order=tag_id", u.headers)).data.stock_items.map((i: any) => i.id)

        expect(await tagsFor(member)).toEqual([own.id])
        expect(await tagsFor(manager)).toEqual([own.id])
        expect(await tagsFor(admin)).toEqual([own.id, other.id])
        expect((await attempt(api.get(`/admin/stock-items/${other.id}`, member.headers))).status).toBe(404)
        expect((await attempt(api.post(`/admin/stock-items/${other.id}/adjustments`, { weight_delta: "-0.1", note: "x" }, member.headers))).status).toBe(404)
        expect((await attempt(api.post("/admin/stock-items", newItem({ location_id: w.vault.id }), member.headers))).status).toBe(403)
        const csv = (await api.get("/admin/stock-items/export", member.headers)).data
        expect(csv).not.toContain(other.tag_id)
        const analytics = (await api.get(`/admin/products/${w.diamond.id}/stock-analytics?inventory_kind=materials_supplies`, member.headers)).data.analytics
        expect(analytics).toMatchObject({ item_count: 1, scope: "own_locations", total_weight: "0.1" })

        await api.post("/admin/production/settings", { managers_all_locations: true }, admin.headers)
        expect(await tagsFor(manager)).toEqual([own.id, other.id])
        expect(await tagsFor(member)).toEqual([own.id])
      })
    })

    it("the stock service totals come from the database, not from loading items", async () => {
      await create({ weight: "0.5" })
      const service: any = getContainer().resolve(STOCK_MODULE)
      const spy = jest.spyOn(service, "listStockItems")
      await api.get(`/admin/products/${w.diamond.id}/stock-analytics?inventory_kind=materials_supplies`, admin.headers)
      expect(spy).not.toHaveBeenCalled()
      spy.mockRestore()
    })
  },
})
