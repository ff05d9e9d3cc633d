import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { createWorkshop } from "../helpers/fixtures"
import { createShop } from "../helpers/shop"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: StaffUser
    let shop: Awaited<ReturnType<typeof createWorkshop>>
    let types: any[]
    const type = (kind: string) => types.find((t) => t.kind === kind).id

    beforeEach(async () => {
      admin = await createStaffUser(getContainer(), api, `buyer-${Date.now()}@workshop.test`)
      await api.post("/admin/production/reset", { industry: "jewelry", confirm: true }, admin.headers)
      types = (await api.get("/admin/production/inventory-types", admin.headers)).data.inventory_types
      shop = await createWorkshop(getContainer())
    })

    const supplier = async (name = "Hoover & Strong") =>
      (await api.post("/admin/suppliers", { name, contact_name: "Dana Reyes", email: "orders@hoover.test", currency_code: "USD", payment_terms: "Net 30" }, admin.headers)).data.supplier
    const purchaseOrder = async (supplierId: string, submit = true) =>
      (
        await api.post(
          "/admin/purchase-orders",
          {
            supplier_id: supplierId,
            lead_user_id: admin.id,
            notes: "10 round diamonds 0.50 ct\n50 dwt 14KY casting grain",
            budget: "15000",
            date_required: "2026-12-10",
            terms_accepted: submit,
            submit,
            lines: [
              { product_id: shop.diamond.id, variant_id: shop.diamondVariant.id, description: "Round diamonds 0.50 ct", quantity: 10, weight: "5", weight_unit: "ct", unit_cost: "1050" },
              { product_id: shop.grain.id, description: "14K yellow casting grain", quantity: 1, weight: "50", weight_unit: "dwt", unit_cost: "1900" },
              { description: "Sample findings from the new catalog", quantity: 2 },
            ],
          },
          admin.headers
        )
      ).data.purchase_order

    it("keeps suppliers: name, contacts, currency, terms and notes; names are unique; bad input names the field", async () => {
      const s = await supplier()
      expect(s).toMatchObject({ name: "Hoover & Strong", contact_name: "Dana Reyes", currency_code: "usd", payment_terms: "Net 30" })
      const dup = await attempt(api.post("/admin/suppliers", { name: "Hoover & Strong" }, admin.headers))
      expect(dup.status).toBe(400)
      expect(dup.data.message).toMatch(/^name: /)
      const badEmail = await attempt(api.post("/admin/suppliers", { name: "X", email: "nope" }, admin.headers))
      expect(badEmail.status).toBe(400)
      const { data } = await api.post(`/admin/suppliers/${s.id}`, { notes: "Ships Tuesdays" }, admin.headers)
      expect(data.supplier.notes).toBe("Ships Tuesdays")
      expect((await api.get("/admin/suppliers?q=hoover", admin.headers)).data.suppliers).toHaveLength(1)
    })

    it("the lists are paged with the exact count, searched, sorted, and purchase orders filtered by status", async () => {
      const names = ["Hoover & Strong", "Rio Grande", "Stuller", "Precision Casting Co."]
      const [hoover, rio] = await Promise.all(names.map((n) => supplier(n)))
      const page = (await api.get("/admin/suppliers?limit=2&offset=2&order=name", admin.headers)).data
      expect(page).toMatchObject({ count: 4, limit: 2, offset: 2 })
      expect(page.suppliers.map((s: any) => s.name)).toEqual([...names].sort().slice(2))
      expect((await api.get("/admin/suppliers?order=-name&limit=1", admin.headers)).data.suppliers[0].name).toBe("Stuller")
      expect((await api.get("/admin/suppliers?q=rio", admin.headers)).data).toMatchObject({ count: 1, suppliers: [{ name: "Rio Grande" }] })
      expect((await attempt(api.get("/admin/suppliers?order=email", admin.headers))).status).toBe(400)

      const drafts = [await purchaseOrder(hoover.id, false), await purchaseOrder(hoover.id, false)]
      const submitted = await purchaseOrder(rio.id)
      const byStatus = (await api.get("/admin/purchase-orders?status=draft&limit=1", admin.headers)).data
      expect(byStatus).toMatchObject({ count: 2, limit: 1, offset: 0 })
      // Newest first unless asked otherwise.
      expect(byStatus.purchase_orders[0].id).toBe(drafts[1].id)
      expect((await api.get("/admin/purchase-orders?status=draft&order=number&limit=1", admin.headers)).data.purchase_orders[0].id).toBe(drafts[0].id)
      // By supplier name, or by the number as the admin shows it.
      const rioOrders = (await api.get("/admin/purchase-orders?q=grande", admin.headers)).data
      expect(rioOrders).toMatchObject({ count: 1, purchase_orders: [{ id: submitted.id, supplier: { name: "Rio Grande" } }] })
      expect((await api.get(`/admin/purchase-orders?q=${submitted.display_number}`, admin.headers)).data.purchase_orders.map((p: any) => p.id)).toEqual([submitted.id])
      expect((await api.get("/admin/purchase-orders?q=grande&status=draft", admin.headers)).data.count).toBe(0)
      expect((await attempt(api.get("/admin/purchase-orders?status=lost", admin.headers))).status).toBe(400)
    })

    it("a purchase order goes Draft → Submitted only with accepted terms, numbered without duplicates", async () => {
      const s = await supplier()
      const draft = await purchaseOrder(s.id, false)
      expect(draft).toMatchObject({ status: "draft", display_number: expect.stringMatching(/^PO-\d{4}$/), budget: "15000.00", estimated_total: "12400.00" })
      expect(draft.lines).toHaveLength(3)
      const noTerms = await attempt(api.post(`/admin/purchase-orders/${draft.id}/submit`, {}, admin.headers))
      expect(noTerms.status).toBe(400)
      expect(noTerms.data.message).toMatch(/^terms_accepted: /)
      const { data } = await api.post(`/admin/purchase-orders/${draft.id}/submit`, { terms_accepted: true }, admin.headers)
      expect(data.purchase_order.status).toBe("submitted")
      const again = await attempt(api.post(`/admin/purchase-orders/${draft.id}/submit`, { terms_accepted: true }, admin.headers))
      expect(again.status).toBe(400)
      // Ten wizards submitting at once get ten different numbers.
      const many = await Promise.all(Array.from({ length: 10 }, () => purchaseOrder(s.id)))
      expect(new Set(many.map((p) => p.display_number)).size).toBe(10)
    })

    it("Receive Inventory in parts creates tagged stock at a location, never more than ordered, and the status follows", async () => {
      const po = await purchaseOrder((await supplier()).id)
      const [dia, grain, findings] = po.lines
      const receive = (lines: any[]) => attempt(api.post(`/admin/purchase-orders/${po.id}/receive`, { location_id: shop.main.id, lines }, admin.headers))

      // A line that matched no product must be given one.
      const noProduct = await receive([{ line_id: findings.id, quantity: 1, inventory_type_id: type("materials_supplies") }])
      expect(noProduct.status).toBe(400)
      expect(noProduct.data.message).toMatch(/^lines\[0\]\.product_id: /)

      // The grain was ordered as 50 dwt: a blank (or zero) weight is refused, naming the field, and nothing is received.
      for (const weight of [undefined, null, "0"]) {
        const blank = await receive([{ line_id: grain.id, quantity: 1, weight, weight_unit: "dwt", inventory_type_id: type("rough") }])
        expect(blank.status).toBe(400)
        expect(blank.data.message).toMatch(/^lines\[0\]\.weight: weigh what arrived for "14K yellow casting grain" \(ordered as 50 dwt\)/)
      }
      const empty = await receive([{ line_id: grain.id, quantity: 1, weight: "", weight_unit: "dwt", inventory_type_id: type("rough") }])
      expect(empty.status).toBe(400)
      expect(empty.data.message).toMatch(/^lines\[0\]\.weight: /)
      expect((await api.get(`/admin/purchase-orders/${po.id}`, admin.headers)).data.purchase_order.lines[1].received_quantity).toBe(0)

      const part = await receive([{ line_id: dia.id, quantity: 4, weight: "2.02", weight_unit: "ct", inventory_type_id: type("rough") }])
      expect(part.status).toBe(200)
      expect(part.data.purchase_order.status).toBe("partially_received")
      expect(part.data.created_items).toHaveLength(1) // one lot of 4 stones
      expect(part.data.created_items[0]).toMatchObject({ pieces: 4, weight: "2.02", weight_unit: "ct", tag_id: expect.stringMatching(/DIA\d{4}$/) })
      const { data: item } = await api.get(`/admin/stock-items/${part.data.created_items[0].id}`, admin.headers)
      expect(item.stock_item).toMatchObject({ location_id: shop.main.id, cost_basis: "4200" })
      expect(item.movements[0]).toMatchObject({ reason: "purchase_receipt", reference_type: "purchase_order", reference_id: po.id })

      const over = await receive([{ line_id: dia.id, quantity: 7, weight: "3.5", weight_unit: "ct", inventory_type_id: type("rough") }])
      expect(over.status).toBe(400)
      expect(over.data.message).toMatch(/has 6 of 10 still to receive, not 7/)

      const rest = await receive([
        { line_id: dia.id, quantity: 6, weight: "3.01", weight_unit: "ct", inventory_type_id: type("rough") },
        { line_id: grain.id, quantity: 1, weight: "49.6", weight_unit: "dwt", inventory_type_id: type("rough") },
        { line_id: findings.id, quantity: 2, product_id: shop.grain.id, inventory_type_id: type("finished") },
      ])
      expect(rest.status).toBe(200)
      expect(rest.data.purchase_order.status).toBe("received")
      expect(rest.data.created_items).toHaveLength(4) // diamonds lot, grain lot, 2 finished pieces one each
      expect(rest.data.purchase_order.receipts).toHaveLength(4)
      // Each line defaults to the inventory type its product is kept as in stock (not "Rough" for everything).
      expect(rest.data.purchase_order.lines.find((l: any) => l.id === dia.id).receive_as_type_id).toBe(type("rough"))
      const done = await receive([{ line_id: grain.id, quantity: 1, inventory_type_id: type("rough") }])
      expect(done.status).toBe(400)
    })

    it("two receipts of the last pieces at the same moment: one lands, the other is refused, nothing is doubled", async () => {
      const po = await purchaseOrder((await supplier()).id)
      const dia = po.lines[0]
      await api.post(`/admin/purchase-orders/${po.id}/receive`, { location_id: shop.main.id, lines: [{ line_id: dia.id, quantity: 9, weight: "4.5", weight_unit: "ct", inventory_type_id: type("rough") }] }, admin.headers)
      const both = await Promise.all(
        [0, 1].map(() => attempt(api.post(`/admin/purchase-orders/${po.id}/receive`, { location_id: shop.main.id, lines: [{ line_id: dia.id, quantity: 1, weight: "0.5", weight_unit: "ct", inventory_type_id: type("rough") }] }, admin.headers)))
      )
      expect(both.filter((r) => r.status === 200)).toHaveLength(1)
      expect([400, 409]).toContain(both.find((r) => r.status !== 200)!.status)
      const { data } = await api.get(`/admin/purchase-orders/${po.id}`, admin.headers)
      expect(data.purchase_order.lines[0].received_quantity).toBe(10)
      expect(data.purchase_order.receipts).toHaveLength(2)
      const stock = (await api.get(`/admin/stock-items?product_id=${shop.diamond.id}`, admin.headers)).data.stock_items
      expect(stock.reduce((n: number, i: any) => n + i.pieces, 0)).toBe(10)
    })

    it("Remove needs confirmation and deletes the order with its lines and receipts; received stock stays", async () => {
      const po = await purchaseOrder((await supplier()).id)
      await api.post(`/admin/purchase-orders/${po.id}/receive`, { location_id: shop.main.id, lines: [{ line_id: po.lines[0].id, quantity: 2, weight: "1", weight_unit: "ct", inventory_type_id: type("rough") }] }, admin.headers)
      const unconfirmed = await attempt(api.delete(`/admin/purchase-orders/${po.id}`, { ...admin.headers, data: {} }))
      expect(unconfirmed.status).toBe(400)
      expect((await api.get(`/admin/purchase-orders/${po.id}`, admin.headers)).status).toBe(200)
      const { data } = await api.delete(`/admin/purchase-orders/${po.id}`, { ...admin.headers, data: { confirm: true } })
      expect(data).toMatchObject({ deleted: true, kept_stock_items: 1 })
      expect((await attempt(api.get(`/admin/purchase-orders/${po.id}`, admin.headers))).status).toBe(404)
      const stock = (await api.get(`/admin/stock-items?product_id=${shop.diamond.id}`, admin.headers)).data.stock_items
      expect(stock).toHaveLength(1)
    })

    it("cancel: a draft or submitted order can be cancelled, a received one cannot", async () => {
      const po = await purchaseOrder((await supplier()).id)
      const { data } = await api.post(`/admin/purchase-orders/${po.id}/cancel`, {}, admin.headers)
      expect(data.purchase_order.status).toBe("cancelled")
      const receive = await attempt(api.post(`/admin/purchase-orders/${po.id}/receive`, { location_id: shop.main.id, lines: [{ line_id: po.lines[0].id, quantity: 1, inventory_type_id: type("rough") }] }, admin.headers))
      expect(receive.status).toBe(400)
    })

    it("outsourced production: a caster makes N of a style; receiving creates N finished pieces of the style's product", async () => {
      const { data: style } = await api.post("/admin/styles", { code: `SOL-${Date.now()}`, name: "Four-prong solitaire", lead_time_days: 10, variant_id: shop.diamondVariant.id }, admin.headers)
      const caster = await supplier("Precision Casting Co.")
      const { data } = await api.post(
        "/admin/purchase-orders",
        { supplier_id: caster.id, terms_accepted: true, submit: true, lines: [{ style_id: style.style.id, quantity: 3, unit_cost: "95" }] },
        admin.headers
      )
      const line = data.purchase_order.lines[0]
      // A caster's line is received as finished pieces by default.
      expect(line.receive_as_type_id).toBe(type("finished"))
      expect(line.description).toMatch(/^Make 3 × SOL-\d+ Four-prong solitaire$/)
      const { data: got } = await api.post(
        `/admin/purchase-orders/${data.purchase_order.id}/receive`,
        { location_id: shop.main.id, lines: [{ line_id: line.id, quantity: 3, weight: "9.6", weight_unit: "g", inventory_type_id: type("finished") }] },
        admin.headers
      )
      expect(got.created_items).toHaveLength(3)
      expect(got.created_items.every((i: any) => i.pieces === 1 && i.weight === "3.2")).toBe(true)
    })

    it("the sales-order wizard makes a real Medusa order: matched lines are catalog lines, others carry their description", async () => {
      const s = await createShop(getContainer())
      const { result: [customer] } = await createCustomersWorkflow(getContainer()).run({ input: { customersData: [{ email: "walkin@example.com", first_name: "Ana" }] } })
      const line = { variant_id: s.ringVariant.id, product_id: s.ring.id, quantity: 1 }
      const outOfStock = await attempt(api.post("/admin/jewelry-orders", { customer_id: customer.id, sales_channel_id: s.channel.id, terms_accepted: true, lines: [line] }, admin.headers))
      expect(outOfStock.status).toBe(400)
      expect(outOfStock.data.message).toMatch(/^lines: a catalog line is out of stock/)
      await api.post("/admin/stock-items", { product_id: s.ring.id, variant_id: s.ringVariant.id, inventory_type_id: type("finished"), weight: "3.2", weight_unit: "g", pieces: 1, location_id: s.location.id }, admin.headers)
      const bad = await attempt(api.post("/admin/jewelry-orders", { customer_id: customer.id, lines: [{ quantity: 1, description: "x" }] }, admin.headers))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/^terms_accepted: /)
      const { data } = await api.post(
        "/admin/jewelry-orders",
        {
          customer_id: customer.id,
          region_id: s.region.id,
          sales_channel_id: s.channel.id,
          lead_user_id: admin.id,
          budget: "2500",
          date_required: "2026-12-12",
          notes: "Solitaire ring size 6; engrave 'A&M' inside",
          terms_accepted: true,
          lines: [
            { variant_id: s.ringVariant.id, product_id: s.ring.id, quantity: 1, size: "6" },
            { description: "Engraving 'A&M' inside the band", quantity: 1, unit_price: "40" },
          ],
        },
        admin.headers
      ).catch((e: any) => {
        throw new Error(JSON.stringify(e.response?.data))
      })
      const { data: order } = await api.get(`/admin/orders/${data.order.id}?fields=id,email,metadata,*items`, admin.headers)
      expect(order.order.email).toBe("walkin@example.com")
      expect(order.order.metadata).toMatchObject({ internal_lead_user_id: admin.id, internal_budget: "2500", date_required: "2026-12-12" })
      const ringLine = order.order.items.find((i: any) => i.variant_id === s.ringVariant.id)
      expect(ringLine.unit_price).toBe(1200) // the variant's own price
      const custom = order.order.items.find((i: any) => !i.variant_id)
      expect(custom).toMatchObject({ title: "Engraving 'A&M' inside the band", unit_price: 40 })
    })
  },
})
