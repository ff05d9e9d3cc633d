import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { createShop, Shop } from "../helpers/shop"
import { STYLE_MODULE } from "../../src/modules/style"
import { JEWELRY_ORDERS_MODULE } from "../../src/modules/jewelry-orders"

jest.setTimeout(300_000)

/**
 * A record a shop can trust (SPEC 7 and the plugin's habits): who may take
 * which stock, who may make themselves admin, stock that never drifts from
 * Medusa's under concurrent requests, and failures half-way that leave
 * nothing behind.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: StaffUser
    let shop: Shop
    let vault: { id: string }
    let types: Record<string, any>
    let stages: Record<string, any>

    const as = (who: StaffUser) => who.headers
    const sql = async (q: string, p: any[] = []) => (await dbConnection.raw(q, p)).rows
    const record = async (over: Record<string, any>, who = admin) =>
      (
        await api.post(
          "/admin/stock-items",
          { product_id: shop.ring.id, variant_id: shop.ringVariant.id, inventory_type_id: types["Rings"].id, weight: "4.2", weight_unit: "g", pieces: 1, location_id: shop.location.id, ...over },
          as(who)
        )
      ).data.stock_item
    const stocked = async () => {
      const [level] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: shop.ringInventoryId, location_id: shop.location.id })
      return Number(level?.stocked_quantity ?? 0)
    }
    const availablePieces = async () =>
      Number((await sql(`SELECT COALESCE(SUM(pieces),0)::int AS n FROM jewelry_stock_item WHERE variant_id = ? AND location_id = ? AND status = 'available' AND deleted_at IS NULL`, [shop.ringVariant.id, shop.location.id]))[0].n)
    const openJob = async (who = admin) =>
      (await api.post("/admin/production-jobs", { kind: "production", mode: "simple", title: "Bench test", start_stage_id: stages["Stone Setting"].id }, as(who))).data

    beforeEach(async () => {
      const container = getContainer()
      admin = await createStaffUser(container, api, `owner-${Date.now()}@workshop.test`)
      await api.post("/admin/production/reset", { industry: "jewelry", confirm: true }, as(admin))
      shop = await createShop(container)
      const { result } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: `Retail vault ${Date.now()}` }] } })
      vault = result[0]
      types = Object.fromEntries((await api.get("/admin/production/inventory-types", as(admin))).data.inventory_types.map((t: any) => [t.name, t]))
      stages = Object.fromEntries((await api.get("/admin/production/stages", as(admin))).data.stages.map((s: any) => [s.name, s]))
    })

    describe("roles (SPEC 7)", () => {
      it("the role matrix: admin, manager, member and a user without a profile, over two locations", async () => {
        const c = getContainer()
        const stamp = Date.now()
        const manager = await createStaffUser(c, api, `manager-${stamp}@workshop.test`)
        const member = await createStaffUser(c, api, `member-${stamp}@workshop.test`)
        const stranger = await createStaffUser(c, api, `stranger-${stamp}@workshop.test`)
        // While no profile exists, everyone is admin: a fresh install works at once.
        expect((await api.get("/admin/production/me", as(stranger))).data.staff.role).toBe("admin")
        // The first profile for someone else keeps its creator admin through a profile of their own.
        await api.post("/admin/production/staff-profiles", { user_id: member.id, role: "member", location_ids: [shop.location.id] }, as(admin))
        expect((await api.get("/admin/production/me", as(admin))).data.staff).toMatchObject({ role: "admin", has_profile: true })
        await api.post("/admin/production/staff-profiles", { user_id: manager.id, role: "manager", location_ids: [shop.location.id] }, as(admin))
        // Now a user without a profile is a member with no locations.
        expect((await api.get("/admin/production/me", as(stranger))).data.staff).toMatchObject({ role: "member", location_ids: [], has_profile: false })

        const here = await record({ location_id: shop.location.id, tag_id: `HERE${stamp}` })
        const there = await record({ location_id: vault.id, tag_id: `THERE${stamp}` })
        const seen = async (who: StaffUser) => (await api.get("/admin/stock-items?limit=100", as(who))).data.stock_items.map((i: any) => i.id)
        const settingsChange = (who: StaffUser) => attempt(api.post("/admin/production/settings", { due_date_offset_days: 9 }, as(who)))
        const matrix: [string, StaffUser, string[], number][] = [
          ["admin", admin, [here.id, there.id], 200],
          ["manager", manager, [here.id], 403],
          ["member", member, [here.id], 403],
          ["no profile", stranger, [], 403],
        ]
        for (const [label, who, visible, settingsStatus] of matrix) {
          const ids = await seen(who)
          expect([label, [here.id, there.id].filter((id) => ids.includes(id)).sort()]).toEqual([label, [...visible].sort()])
          expect([label, (await settingsChange(who)).status]).toEqual([label, settingsStatus])
          expect([label, (await attempt(api.get(`/admin/stock-items/${there.id}`, as(who)))).status]).toEqual([label, visible.includes(there.id) ? 200 : 404])
        }
        // Managers may be allowed every location.
        await api.post("/admin/production/settings", { managers_all_locations: true }, as(admin))
        expect(await seen(manager)).toEqual(expect.arrayContaining([here.id, there.id]))
        expect(await seen(member)).not.toContain(there.id)
      })

      it("only the plugin's admins may invite users, create API keys or change other users through Medusa's routes", async () => {
        const c = getContainer()
        const member = await createStaffUser(c, api, `bench-${Date.now()}@workshop.test`)
        await api.post("/admin/production/staff-profiles", { user_id: member.id, role: "member", location_ids: [shop.location.id] }, as(admin))
        const invite = await attempt(api.post("/admin/invites", { email: `friend-${Date.now()}@workshop.test` }, as(member)))
        expect(invite.status).toBe(403)
        const key = await attempt(api.post("/admin/api-keys", { title: "mine", type: "secret" }, as(member)))
        expect(key.status).toBe(403)
        const other = await attempt(api.post(`/admin/users/${admin.id}`, { first_name: "Mallory" }, as(member)))
        expect(other.status).toBe(403)
        const self = await attempt(api.post(`/admin/users/${member.id}`, { first_name: "Bench" }, as(member)))
        expect(self.status).toBe(200)
        expect((await sql(`SELECT COUNT(*)::int AS n FROM invite WHERE deleted_at IS NULL`))[0].n).toBe(0)
        expect((await sql(`SELECT COUNT(*)::int AS n FROM api_key WHERE type = 'secret' AND deleted_at IS NULL`))[0].n).toBe(0)
        // The admin still can.
        expect((await attempt(api.post("/admin/invites", { email: `friend-${Date.now()}@workshop.test` }, as(admin)))).status).toBe(200)
      })
    })

    describe("every path that takes stock keeps to the caller's locations", () => {
      it("issue, stone allocation and Select Inventory refuse another location's stock; a job hides its tags", async () => {
        const c = getContainer()
        await api.post("/admin/production/staff-profiles", { user_id: admin.id, role: "admin" }, as(admin))
        const member = await createStaffUser(c, api, `setter-${Date.now()}@workshop.test`)
        await api.post("/admin/production/staff-profiles", { user_id: member.id, role: "member", location_ids: [shop.location.id] }, as(admin))
        const there = await record({ location_id: vault.id })
        const mine = await record({ location_id: shop.location.id })
        const { job, stages: jobStages } = await openJob(member)
        const stageId = jobStages[0].id
        const before = (await sql(`SELECT COUNT(*)::int AS n FROM jewelry_stock_movement`))[0].n
        const issue = await attempt(api.post(`/admin/production-jobs/${job.id}/issues`, { job_stage_id: stageId, lines: [{ stock_item_id: there.id, full: true }] }, as(member)))
        expect(issue.status).toBe(400)
        expect(issue.data.message).toMatch(/stock_item_id: .* does not exist/)
        const stone = await attempt(api.post(`/admin/production-jobs/${job.id}/stones`, { lines: [{ stock_item_id: there.id, full: true }] }, as(member)))
        expect(stone.status).toBe(400)
        const { result: order } = await createOrderWorkflow(c).run({
          input: { region_id: shop.region.id, sales_channel_id: shop.channel.id, email: "walk-in@example.com", currency_code: "usd", items: [{ variant_id: shop.ringVariant.id, quantity: 1, title: "Ring", unit_price: 1200 } as any] },
        })
        const select = await attempt(api.post(`/admin/jewelry-orders/${order.id}/selections`, { lines: [{ line_item_id: order.items![0].id, items: [{ stock_item_id: there.id, full: true }] }] }, as(member)))
        expect(select.status).toBe(400)
        expect((await sql(`SELECT COUNT(*)::int AS n FROM jewelry_stock_movement`))[0].n).toBe(before)
        // Their own location's stock they may take; the admin may take the vault's into the same job.
        expect((await attempt(api.post(`/admin/production-jobs/${job.id}/issues`, { job_stage_id: stageId, lines: [{ stock_item_id: mine.id, full: true }] }, as(member)))).status).toBe(200)
        expect((await attempt(api.post(`/admin/production-jobs/${job.id}/issues`, { job_stage_id: stageId, lines: [{ stock_item_id: there.id, full: true }] }, as(admin)))).status).toBe(200)
        const forMember = (await api.get(`/admin/production-jobs/${job.id}`, as(member))).data.materials
        expect(forMember.map((m: any) => m.tag_id)).toEqual([mine.tag_id, null])
        expect(forMember[1]).toMatchObject({ other_location: true, stock_item_id: null })
        const forAdmin = (await api.get(`/admin/production-jobs/${job.id}`, as(admin))).data.materials
        expect(forAdmin.map((m: any) => m.tag_id)).toEqual([mine.tag_id, there.tag_id])
      })
    })

    describe("races", () => {
      it("twenty concurrent 'full' allocations of the last stone: one wins, the rest get 409, no empty material row", async () => {
        const stone = await record({ product_id: shop.ring.id, variant_id: null, inventory_type_id: types["Gemstones"].id, weight: "0.5", weight_unit: "ct", pieces: 1 })
        const { job } = await openJob()
        const results = await Promise.all(
          Array.from({ length: 20 }, () => attempt(api.post(`/admin/production-jobs/${job.id}/stones`, { lines: [{ stock_item_id: stone.id, full: true }] }, as(admin))))
        )
        expect(results.filter((r) => r.status === 200)).toHaveLength(1)
        expect(results.filter((r) => r.status !== 200).map((r) => r.status)).toEqual(Array(19).fill(409))
        const rows = await sql(`SELECT weight::text AS w, pieces FROM production_job_material WHERE job_id = ?`, [job.id])
        expect(rows).toEqual([{ w: "0.5", pieces: 1 }])
        // Taking "all" of an empty item is a conflict, never a 0 ct row.
        const again = await attempt(api.post(`/admin/production-jobs/${job.id}/stones`, { lines: [{ stock_item_id: stone.id, full: true }] }, as(admin)))
        expect(again.status).toBe(409)
      })

      it("Medusa's stock equals the bench's after 50 concurrent ±1 adjustments and concurrent selections", async () => {
        const rings = await Promise.all(Array.from({ length: 4 }, () => record({ pieces: 20 })))
        expect(await stocked()).toBe(80)
        await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            attempt(api.post(`/admin/stock-items/${rings[i % 4].id}/adjustments`, { weight_delta: "0", pieces_delta: i % 2 ? 1 : -1, note: `burst ${i}` }, as(admin)))
          )
        )
        expect(await stocked()).toBe(await availablePieces())
        // Twenty orders select a piece of the same lot at once: a stock item serves one live selection, so
        // one wins; the losers whose deduction had landed are undone, and Medusa follows the bench.
        const lot = await record({ pieces: 10 })
        const c = getContainer()
        const orders: any[] = []
        for (let i = 0; i < 20; i++) {
          orders.push(
            await createOrderWorkflow(c).run({
              input: { region_id: shop.region.id, sales_channel_id: shop.channel.id, email: `race-${i}@example.com`, currency_code: "usd", items: [{ variant_id: shop.ringVariant.id, quantity: 1, title: "Ring", unit_price: 1200 } as any] },
            })
          )
        }
        const picks = await Promise.all(
          orders.map(({ result: o }) =>
            attempt(api.post(`/admin/jewelry-orders/${o.id}/selections`, { lines: [{ line_item_id: o.items![0].id, items: [{ stock_item_id: lot.id, pieces: 1 }] }] }, as(admin)))
          )
        )
        expect(picks.filter((p) => p.status === 200)).toHaveLength(1)
        expect(picks.filter((p) => p.status !== 200).map((p) => p.status)).toEqual(Array(19).fill(409))
        expect((await api.get(`/admin/stock-items/${lot.id}`, as(admin))).data.stock_item.pieces).toBe(9)
        // The one selected piece is Medusa's reservation on the ring's line: stocked until it ships.
        expect(await stocked()).toBe((await availablePieces()) + 1)
        const drift = await sql(`SELECT i.tag_id FROM jewelry_stock_item i JOIN jewelry_stock_movement m ON m.stock_item_id = i.id GROUP BY i.id, i.tag_id, i.pieces HAVING i.pieces <> SUM(m.pieces_delta)`)
        expect(drift).toEqual([])
      })
    })

    describe("Medusa's idioms", () => {
      it("an app's own step runs inside the plugin's workflow through its hook, and undoes the job when it fails", async () => {
        const { createProductionJobWorkflow } = require("../../src/workflows")
        const { StepResponse } = require("@medusajs/framework/workflows-sdk")
        const seen: string[] = []
        createProductionJobWorkflow.hooks.productionJobCreated(async ({ job }: any) => {
          seen.push(job.title)
          if (job.title === "Refused by the app") throw new Error("the app's own rule")
          return new StepResponse(undefined)
        })
        const ok = await attempt(api.post("/admin/production-jobs", { kind: "production", mode: "simple", title: "Seen by the app" }, as(admin)))
        expect(ok.status).toBe(201)
        const refused = await attempt(api.post("/admin/production-jobs", { kind: "production", mode: "simple", title: "Refused by the app" }, as(admin)))
        expect(refused.status).toBeGreaterThanOrEqual(400)
        expect(seen).toEqual(["Seen by the app", "Refused by the app"])
        expect(await sql(`SELECT COUNT(*)::int AS n FROM production_job WHERE title = 'Refused by the app' AND deleted_at IS NULL`)).toEqual([{ n: 0 }])
      })

      it("module links and Query: another extension reads a product's stock items; the stock list names products, variants and locations through Query", async () => {
        const item = await record({ tag_id: `LNK${Date.now() % 100000}` })
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({ entity: "product", fields: ["id", "jewelry_stock_items.tag_id"], filters: { id: shop.ring.id } })
        expect((products[0] as any).jewelry_stock_items.map((i: any) => i.tag_id)).toContain(item.tag_id)

        const list = (await api.get(`/admin/stock-items?q=${item.tag_id}`, as(admin))).data
        expect(list.stock_items[0]).toMatchObject({
          id: item.id,
          product: { id: shop.ring.id, title: "Solitaire Ring 14K" },
          product_variant: { id: shop.ringVariant.id, title: "Size 6" },
          stock_location: { id: shop.location.id, name: shop.location.name },
          weight: "4.2",
        })
        const more = (await api.get(`/admin/stock-items?q=${item.tag_id}&fields=%2Bproduct.status`, as(admin))).data.stock_items[0]
        expect(more.product.status).toBe("published")
        const few = (await api.get(`/admin/stock-items?q=${item.tag_id}&fields=id,tag_id`, as(admin))).data.stock_items[0]
        expect(Object.keys(few).sort()).toEqual(["id", "tag_id"])
        const reach = await attempt(api.get(`/admin/stock-items?fields=%2Border.email`, as(admin)))
        expect(reach.status).toBe(400)
        expect(reach.data.message).toMatch(/^fields: /)

        // History of a product deleted some other way keeps its id, with no product beside it.
        await getContainer().resolve(Modules.PRODUCT).softDeleteProducts([shop.ring.id])
        const orphan = (await api.get(`/admin/stock-items?q=${item.tag_id}`, as(admin))).data.stock_items[0]
        expect(orphan.product_id).toBe(shop.ring.id)
        expect(orphan.product ?? null).toBeNull()
      })

      it("a GET never writes: viewing an order derives its statuses without storing them", async () => {
        const c = getContainer()
        const { result: order } = await createOrderWorkflow(c).run({
          input: { region_id: shop.region.id, sales_channel_id: shop.channel.id, email: "look@example.com", currency_code: "usd", items: [{ variant_id: shop.chainVariant.id, quantity: 1, title: "Chain", unit_price: 90 } as any] },
        })
        const rows = async () => (await sql(`SELECT (SELECT COUNT(*) FROM jewelry_order_line WHERE order_id = ?)::int AS lines, (SELECT COUNT(*) FROM jewelry_order_state WHERE order_id = ?)::int AS states`, [order.id, order.id]))[0]
        const before = await rows()
        const view = (await api.get(`/admin/jewelry-orders/${order.id}`, as(admin))).data
        expect(view.lines[0].status).toBe("not_started")
        expect(await rows()).toEqual(before)
      })
    })

    describe("Medusa deleting what the workshop depends on", () => {
      it("a product, variant, location or customer with live stock, jobs or repairs is refused with 409; history alone does not hold it", async () => {
        const item = await record({})
        // Medusa's own admin routes: refused up front, naming what holds it.
        const product = await attempt(api.delete(`/admin/products/${shop.ring.id}`, as(admin)))
        expect(product.status).toBe(409)
        expect(product.data.message).toContain("1 stock item still held")
        expect(product.data.message).toContain(item.tag_id)
        const variant = await attempt(api.delete(`/admin/products/${shop.ring.id}/variants/${shop.ringVariant.id}`, as(admin)))
        expect(variant.status).toBe(409)
        const location = await attempt(api.delete(`/admin/stock-locations/${shop.location.id}`, as(admin)))
        expect(location.status).toBe(409)
        // Any other way in (a batch route) is held by the workflow hook and rolled back.
        const batch = await attempt(api.post(`/admin/products/batch`, { delete: [shop.ring.id] }, as(admin)))
        expect(batch.status).toBeGreaterThanOrEqual(400)
        expect(batch.data.message).toContain("cannot be deleted")
        expect(await sql(`SELECT deleted_at FROM product WHERE id = ?`, [shop.ring.id])).toEqual([{ deleted_at: null }])
        expect(await sql(`SELECT deleted_at FROM product_variant WHERE id = ?`, [shop.ringVariant.id])).toEqual([{ deleted_at: null }])
        expect(await stocked()).toBe(1)

        // Sold, the item is history: the variant may go, the styles making it to order let go of it, the ledger keeps its id.
        await sql(`UPDATE jewelry_stock_item SET status = 'sold' WHERE id = ?`, [item.id])
        const styles: any = getContainer().resolve(STYLE_MODULE)
        const [style] = await styles.createStyles([{ code: `DEL-${Date.now()}`, name: "Made to order ring", variant_id: shop.ringVariant.id }])
        const gone = await attempt(api.delete(`/admin/products/${shop.ring.id}/variants/${shop.ringVariant.id}`, as(admin)))
        expect(gone.status).toBe(200)
        expect((await styles.listStyles({ id: style.id }))[0].variant_id).toBeNull()
        expect(await sql(`SELECT COUNT(*)::int AS n FROM jewelry_stock_movement WHERE stock_item_id = ?`, [item.id])).not.toEqual([{ n: 0 }])

        // A customer whose piece is in for repair stays until it is handed back.
        const { data: created } = await api.post(`/admin/customers`, { email: `keep-${Date.now()}@example.com`, first_name: "Ana" }, as(admin))
        await api.post(
          "/admin/repairs",
          { customer_id: created.customer.id, description: "Restring pearls", take_in_weight: "12.5", weight_unit: "g", location_id: shop.location.id, promised_date: new Date(Date.now() + 86400000).toISOString(), start_stage_id: stages["Stone Setting"].id },
          as(admin)
        )
        const customer = await attempt(api.delete(`/admin/customers/${created.customer.id}`, as(admin)))
        expect(customer.status).toBe(409)
        expect(customer.data.message).toContain("1 piece in the shop's custody and 1 open repair")
        expect(await sql(`SELECT deleted_at FROM customer WHERE id = ?`, [created.customer.id])).toEqual([{ deleted_at: null }])
      })

      it("the workshop keeps an admin: the last admin is not demoted, removed or deleted; a deleted user's profile goes with them", async () => {
        const c = getContainer()
        const member = await createStaffUser(c, api, `leaver-${Date.now()}@workshop.test`)
        await api.post("/admin/production/staff-profiles", { user_id: member.id, role: "member" }, as(admin))
        const profiles = (await api.get("/admin/production/staff-profiles", as(admin))).data.staff_profiles
        const mine = profiles.find((p: any) => p.user_id === admin.id)
        expect(mine.role).toBe("admin")
        const demote = await attempt(api.post("/admin/production/staff-profiles", { user_id: admin.id, role: "manager" }, as(admin)))
        expect(demote.status).toBe(409)
        expect(demote.data.message).toContain("no admin left")
        expect((await attempt(api.delete(`/admin/production/staff-profiles/${mine.id}`, as(admin)))).status).toBe(409)
        expect((await attempt(api.delete(`/admin/users/${admin.id}`, as(admin)))).status).toBe(409)
        expect((await api.get("/admin/production/staff-profiles", as(admin))).data.staff_profiles.find((p: any) => p.user_id === admin.id).role).toBe("admin")

        expect((await attempt(api.delete(`/admin/users/${member.id}`, as(admin)))).status).toBe(200)
        const left = async () => (await sql(`SELECT COUNT(*)::int AS n FROM production_staff_profile WHERE user_id = ? AND deleted_at IS NULL`, [member.id]))[0].n
        for (let i = 0; i < 50 && (await left()) > 0; i++) await new Promise((r) => setTimeout(r, 100))
        expect(await left()).toBe(0)
      })
    })

    describe("failures half-way leave nothing behind", () => {
      it("a style whose lines fail to write is not created; an update that fails changes nothing", async () => {
        const service: any = getContainer().resolve(STYLE_MODULE)
        const spy = jest.spyOn(service, "createStyleLaborLines").mockRejectedValueOnce(new Error("disk full"))
        const body = { code: `HALO-${Date.now()}`, name: "Halo", bom_lines: [{ kind: "metal", purity: "18K", quantity: 1, weight: "2", weight_unit: "g", unit_cost: "80" }], labor_lines: [{ stage_name: "Stone Setting", cost: "60" }] }
        const failed = await attempt(api.post("/admin/styles", body, as(admin)))
        expect(failed.status).toBe(500)
        spy.mockRestore()
        expect(await sql(`SELECT COUNT(*)::int AS n FROM jewelry_style WHERE code = ? AND deleted_at IS NULL`, [body.code])).toEqual([{ n: 0 }])
        expect((await sql(`SELECT COUNT(*)::int AS n FROM jewelry_style_bom_line WHERE deleted_at IS NULL`))[0].n).toBe(0)
        const { data } = await api.post("/admin/styles", body, as(admin))
        const spy2 = jest.spyOn(service, "createStyleBomLines").mockRejectedValueOnce(new Error("disk full"))
        const upd = await attempt(api.post(`/admin/styles/${data.style.id}`, { name: "Renamed", bom_lines: [{ kind: "metal", purity: "14K", quantity: 1, weight: "3", weight_unit: "g", unit_cost: "60" }] }, as(admin)))
        expect(upd.status).toBe(500)
        spy2.mockRestore()
        const after = (await api.get(`/admin/styles/${data.style.id}`, as(admin))).data.style
        expect(after.name).toBe("Halo")
        expect(after.bom_lines.map((l: any) => l.purity)).toEqual(["18K"])
      })

      it("a shipment whose last step fails leaves Medusa unshipped and retries cleanly; one Medusa shipped before the plugin failed is adopted, not shipped twice", async () => {
        const c = getContainer()
        const ring = await record({})
        const { result: order } = await createOrderWorkflow(c).run({
          input: {
            region_id: shop.region.id,
            sales_channel_id: shop.channel.id,
            email: "walk-in@example.com",
            currency_code: "usd",
            shipping_methods: [{ name: "Insured", amount: 25, shipping_option_id: shop.option.id }] as any,
            items: [{ variant_id: shop.ringVariant.id, quantity: 1, title: "Ring", unit_price: 1200 } as any],
          },
        })
        const line = order.items![0]
        await api.post(`/admin/jewelry-orders/${order.id}/selections`, { lines: [{ line_item_id: line.id, items: [{ stock_item_id: ring.id, full: true }] }] }, as(admin))
        const fulfillments = async () =>
          ((await c.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["fulfillments.id", "fulfillments.shipped_at", "fulfillments.canceled_at"], filters: { id: order.id } })).data[0] as any).fulfillments.filter(
            (f: any) => !f.canceled_at
          )
        const ship = (tracking: string) => attempt(api.post(`/admin/jewelry-orders/${order.id}/shipments`, { carrier: "UPS", tracking_number: tracking, lines: [{ line_item_id: line.id, quantity: 1 }] }, as(admin)))
        // The last step (Medusa's shipment) fails: the fulfillment is cancelled, the plugin has no shipment, stock is as it was.
        const core = require("@medusajs/medusa/core-flows")
        const spy = jest.spyOn(c.resolve(Modules.FULFILLMENT) as any, "updateFulfillment").mockRejectedValueOnce(new Error("carrier API down"))
        const failed = await ship("1ZFAIL")
        spy.mockRestore()
        expect(failed.status).toBeGreaterThanOrEqual(400)
        expect(await fulfillments()).toEqual([])
        expect((await api.get(`/admin/jewelry-orders/${order.id}`, as(admin))).data.shipments).toEqual([])
        expect(await stocked()).toBe(await availablePieces())
        // Medusa shipped under a tracking number, then the plugin failed before recording it (simulated):
        // the retry adopts that fulfillment and ships nothing twice.
        const { result: f } = await core.createOrderFulfillmentWorkflow(c).run({ input: { order_id: order.id, items: [{ id: line.id, quantity: 1 }], location_id: shop.location.id, shipping_option_id: shop.option.id, no_notification: true } })
        await core.createOrderShipmentWorkflow(c).run({ input: { order_id: order.id, fulfillment_id: f.id, items: [{ id: line.id, quantity: 1 }], labels: [{ tracking_number: "1ZORPHAN", tracking_url: "", label_url: "" }], no_notification: true } })
        const other = await ship("1ZOTHER")
        expect(other.status).toBe(400) // the line is fully shipped in Medusa under another number
        const retry = await ship("1ZORPHAN")
        expect(retry.status).toBe(200)
        expect(retry.data.shipment.fulfillment_ids).toEqual([f.id])
        expect(await fulfillments()).toHaveLength(1)
        expect(retry.data.lines[0]).toMatchObject({ shipped_quantity: 1, status: "shipped" })
        const ops: any = c.resolve(JEWELRY_ORDERS_MODULE)
        expect((await ops.listShipments({ order_id: order.id }, {})).map((s: any) => s.tracking_number)).toEqual(["1ZORPHAN"])
      })

      it("a close-out whose last step fails puts the job back as it was: in progress, no close-out date or location", async () => {
        const c = getContainer()
        const { job, stages: jobStages } = await (async () => (await api.post("/admin/production-jobs", { kind: "production", mode: "simple", title: "Band", product_id: shop.ring.id, variant_id: shop.ringVariant.id }, as(admin))).data)()
        const grain = await record({ variant_id: null, inventory_type_id: types["Precious Metals"].id, purity: "14K", weight: "10", pieces: 1 })
        await api.post(`/admin/production-jobs/${job.id}/issues`, { job_stage_id: jobStages[0].id, lines: [{ stock_item_id: grain.id, full: true }] }, as(admin))
        await api.post(`/admin/production-jobs/${job.id}/receipts`, { job_stage_id: jobStages[0].id, received_weight: "9.8", received_pieces: 1 }, as(admin))
        const inventory = c.resolve(Modules.INVENTORY)
        const spy = jest.spyOn(inventory, "updateInventoryLevels").mockRejectedValueOnce(new Error("inventory down"))
        const failed = await attempt(api.post(`/admin/production-jobs/${job.id}/close-out`, { location_id: shop.location.id, inventory_type_id: types["Rings"].id }, as(admin)))
        spy.mockRestore()
        expect(failed.status).toBe(500)
        const [row] = await sql(`SELECT status, closed_at, close_out_location_id FROM production_job WHERE id = ?`, [job.id])
        expect(row).toEqual({ status: "in_progress", closed_at: null, close_out_location_id: null })
        expect(await stocked()).toBe(await availablePieces())
      })
    })
  },
})
