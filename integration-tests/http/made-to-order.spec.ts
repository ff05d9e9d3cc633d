import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createOrderWorkflow, createProductsWorkflow, createRegionsWorkflow, createSalesChannelsWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: StaffUser
    let bracelet: any
    let region: any
    let channel: any
    let pk: string

    const customer = async (email: string) => {
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-pass-1" })
      const { data } = await api.post("/store/customers", { email, first_name: "Mei", last_name: "Chen" }, { headers: { authorization: `Bearer ${reg.token}`, "x-publishable-api-key": pk } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "secret-pass-1" })
      return { id: data.customer.id, headers: { headers: { authorization: `Bearer ${login.token}`, "x-publishable-api-key": pk } } }
    }
    const placeOrder = async (customerId: string, email: string) => {
      const { result } = await createOrderWorkflow(getContainer()).run({
        input: {
          region_id: region.id,
          customer_id: customerId,
          sales_channel_id: channel.id,
          email,
          currency_code: "usd",
          items: [{ variant_id: bracelet.variants[0].id, quantity: 1, title: "Tennis Bracelet 18K", unit_price: 6900 } as any],
        },
      })
      return result
    }
    const jobsOf = async (orderId: string) => (await api.get(`/admin/production-jobs?order_id=${orderId}`, admin.headers)).data.production_jobs
    const waitFor = async <T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 15000) => {
      const end = Date.now() + ms
      let v = await fn()
      while (!ok(v) && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 200))
        v = await fn()
      }
      return v
    }

    beforeEach(async () => {
      const container = getContainer()
      admin = await createStaffUser(container, api, `admin-${Date.now()}@workshop.test`)
      await api.post("/admin/production/reset", { industry: "jewelry", confirm: true }, admin.headers)
      ;({ result: [region] } = await createRegionsWorkflow(container).run({ input: { regions: [{ name: "US", currency_code: "usd", countries: ["us"] }] } }))
      ;({ result: [channel] } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Web" }] } }))
      const { result: keys } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "web", type: "publishable", created_by: "" }] } })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [channel.id] } })
      pk = keys[0].token
      ;({ result: [bracelet] } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Tennis Bracelet 18K",
              handle: `tennis-${Date.now()}`,
              status: ProductStatus.PUBLISHED,
              options: [{ title: "Length", values: ["7 in"] }],
              variants: [{ title: "7 in", sku: `TEN-${Date.now()}`, manage_inventory: false, options: { Length: "7 in" }, prices: [{ currency_code: "usd", amount: 6900 }] }],
              sales_channels: [{ id: channel.id }],
            },
          ],
        },
      }))
      await api.post(
        "/admin/styles",
        { code: `TEN-${Date.now()}`, name: "Tennis bracelet", lead_time_days: 21, variant_id: bracelet.variants[0].id, made_to_order: true, bom_lines: [{ kind: "stone", quantity: 60, unit_cost: "55" }] },
        admin.headers
      )
    })

    it("an order for a made-to-order variant opens its custom job by itself, once even if the event comes twice", async () => {
      const mei = await customer(`mei-${Date.now()}@example.com`)
      const order = await placeOrder(mei.id, "mei@example.com")
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      await bus.emit([{ name: "order.placed", data: { id: order.id } }, { name: "order.placed", data: { id: order.id } }])
      const jobs = await waitFor(() => jobsOf(order.id), (j) => j.length > 0)
      await new Promise((r) => setTimeout(r, 1500))
      const after = await jobsOf(order.id)
      expect(after).toHaveLength(1)
      expect(jobs[0]).toMatchObject({ kind: "custom", mode: "style", quantity: 1, order_id: order.id, customer_id: mei.id, variant_id: bracelet.variants[0].id })
      expect(jobs[0].order_line_item_id).toBe(order.items![0].id)
    })

    it("an order created in the admin opens its job as a storefront order does: a draft order converted, then an order edit adding a line", async () => {
      const variantId = bracelet.variants[0].id
      const { data: draft } = await api.post(
        "/admin/draft-orders",
        {
          email: "walk-in@example.com",
          region_id: region.id,
          sales_channel_id: channel.id,
          items: [{ variant_id: variantId, quantity: 1 }],
          shipping_address: { first_name: "Ana", last_name: "Ruiz", address_1: "2 Canal St", city: "New York", country_code: "us", postal_code: "10013" },
        },
        admin.headers
      )
      const { data: converted } = await api.post(`/admin/draft-orders/${draft.draft_order.id}/convert-to-order`, {}, admin.headers)
      const orderId = converted.order.id
      const first = await waitFor(() => jobsOf(orderId), (j) => j.length > 0)
      expect(first).toHaveLength(1)
      expect(first[0]).toMatchObject({ kind: "custom", order_id: orderId, variant_id: variantId })

      // The shop adds a second bracelet to the order with Medusa's order edit: the new line gets its own job.
      await api.post("/admin/order-edits", { order_id: orderId }, admin.headers)
      await api.post(`/admin/order-edits/${orderId}/items`, { items: [{ variant_id: variantId, quantity: 1 }] }, admin.headers)
      await api.post(`/admin/order-edits/${orderId}/request`, {}, admin.headers)
      await api.post(`/admin/order-edits/${orderId}/confirm`, {}, admin.headers)
      const both = await waitFor(() => jobsOf(orderId), (j) => j.length > 1)
      expect(both).toHaveLength(2)
      expect(new Set(both.map((j: any) => j.order_line_item_id)).size).toBe(2)
    })

    it("linking a stocked variant as made to order lets Medusa take orders for it with no stock on hand", async () => {
      const { result: [ring] } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title: "Eternity Band",
              handle: `eternity-${Date.now()}`,
              status: ProductStatus.PUBLISHED,
              options: [{ title: "Size", values: ["6"] }],
              variants: [{ title: "6", sku: `ETB-${Date.now()}`, manage_inventory: true, options: { Size: "6" }, prices: [{ currency_code: "usd", amount: 2400 }] }],
            },
          ],
        },
      })
      const variantId = ring.variants[0].id
      const product = getContainer().resolve(Modules.PRODUCT)
      expect((await product.retrieveProductVariant(variantId)).allow_backorder).toBe(false)
      const { data } = await api.post("/admin/styles", { code: `ETB-${Date.now()}`, name: "Eternity band", lead_time_days: 14 }, admin.headers)
      await api.post(`/admin/styles/${data.style.id}`, { variant_id: variantId, made_to_order: true }, admin.headers)
      // Made, not counted: Medusa takes the order with no stock and no fulfillment drives a level below zero.
      expect(await product.retrieveProductVariant(variantId)).toMatchObject({ allow_backorder: true, manage_inventory: false })
      // A refused link changes nothing: the variant is already made from this style.
      const clash = await attempt(api.post("/admin/styles", { code: `ETB2-${Date.now()}`, name: "Copy", variant_id: variantId, made_to_order: true }, admin.headers))
      expect(clash.status).toBe(409)
    })

    it("the store estimates the ship date from the style's lead time and the current queue", async () => {
      for (let i = 0; i < 5; i++) {
        await api.post("/admin/production-jobs", { kind: "production", mode: "simple", title: `Queue ${i}` }, admin.headers)
      }
      const { data } = await api.get(`/store/made-to-order/${bracelet.variants[0].id}`, { headers: { "x-publishable-api-key": pk } })
      // 21 days of lead time + 5 active jobs at 4 a day = 2 days of queue.
      const expected = new Date(Date.now() + 23 * 86400000).toISOString().slice(0, 10)
      expect(data.made_to_order).toMatchObject({ lead_time_days: 21, queue_jobs: 5, queue_days: 2, estimated_ship_date: expected })
      const other = await attempt(api.get(`/store/made-to-order/variant_nope`, { headers: { "x-publishable-api-key": pk } }))
      expect(other.status).toBe(404)
    })

    it("a customer follows the making of their own order's pieces, never another's, never costs", async () => {
      const mei = await customer(`mei2-${Date.now()}@example.com`)
      const order = await placeOrder(mei.id, "mei@example.com")
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
      const [job] = await waitFor(() => jobsOf(order.id), (j) => j.length > 0)
      const stages = (await api.get("/admin/production/stages", admin.headers)).data.stages
      await api.post(`/admin/production-jobs/${job.id}/stages`, { stage_id: stages.find((s: any) => s.name === "Stone Setting").id, cost: "360" }, admin.headers)
      const view = (await api.get(`/admin/production-jobs/${job.id}`, admin.headers)).data
      await api.post(`/admin/production-jobs/${job.id}/stages/${view.stages[0].id}/complete`, {}, admin.headers)

      const { data } = await api.get(`/store/orders/${order.id}/production`, mei.headers)
      expect(data.order.lines).toEqual([
        expect.objectContaining({
          line_item_id: order.items![0].id,
          in_production: true,
          status: "in_production",
          stage: "Stone Setting",
          percent_done: 50,
          expected_date: new Date(job.target_date).toISOString().slice(0, 10),
          line_status: "in_progress",
          line_status_label: "In Progress",
          shipments: [],
        }),
      ])
      expect(JSON.stringify(data)).not.toMatch(/cost|price|360/)

      const stranger = await customer(`stranger-${Date.now()}@example.com`)
      expect((await attempt(api.get(`/store/orders/${order.id}/production`, stranger.headers))).status).toBe(404)
      expect((await attempt(api.get(`/store/orders/${order.id}/production`, { headers: { "x-publishable-api-key": pk } }))).status).toBe(401)
    })
  },
})
