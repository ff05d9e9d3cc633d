import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: StaffUser
    let ring: any
    beforeEach(async () => {
      admin = await createStaffUser(getContainer(), api, `admin-${Date.now()}@workshop.test`)
      ;({ result: [ring] } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title: "Solitaire Ring Mount 14K White",
              handle: `solitaire-${Date.now()}`,
              status: ProductStatus.PUBLISHED,
              options: [{ title: "Size", values: ["6", "7"] }],
              variants: [
                { title: "Size 6", sku: `SOL-6-${Date.now()}`, options: { Size: "6" }, prices: [{ currency_code: "usd", amount: 480 }] },
                { title: "Size 7", sku: `SOL-7-${Date.now()}`, options: { Size: "7" }, prices: [{ currency_code: "usd", amount: 480 }] },
              ],
            },
          ],
        },
      }))
    })

    it("turns an order's notes into rows matched against the store's own catalog", async () => {
      const { data } = await api.post(
        "/admin/order-notes/extract",
        { kind: "sales", notes: "Customer wants a 14K white solitaire mount size 7, rush\n- resize her old band to size 5" },
        admin.headers
      )
      expect(data.provider).toBe("offline")
      expect(data.rows).toHaveLength(2)
      expect(data.rows[0]).toMatchObject({ quantity: 1, size: "7", priority: "rush", product_id: ring.id, variant_id: ring.variants.find((v: any) => v.title === "Size 7").id })
      expect(data.rows[1]).toMatchObject({ product_id: null, description: "resize her old band to size 5" })
      expect(data.warnings).toContain("1 row matched no catalog product and stays as a description")
      // Each row says which words it came from.
      const notes = "Customer wants a 14K white solitaire mount size 7, rush\n- resize her old band to size 5"
      for (const row of data.rows) expect(notes.slice(row.source.start, row.source.end)).toBe(row.source.text)
      expect(data.rows[1].source.text).toBe("resize her old band to size 5")
    })

    it("notes over 20,000 characters are a 413 naming the limit; 20,000 are read", async () => {
      const long = await attempt(api.post("/admin/order-notes/extract", { kind: "purchase", notes: "7".repeat(20_001) }, admin.headers))
      expect(long.status).toBe(413)
      expect(long.data.message).toMatch(/^notes: at most 20,000 characters/)
      const { data } = await api.post("/admin/order-notes/extract", { kind: "purchase", notes: ("2 x 14K white solitaire mount size 7 and 3 dwt 14KY grain; " + "1234567890 ".repeat(4)).repeat(200).slice(0, 20_000) }, admin.headers)
      expect(data.rows.length).toBeGreaterThan(100)
    })

    it("bad input is a 400 naming the field; no session is a 401", async () => {
      const empty = await attempt(api.post("/admin/order-notes/extract", { kind: "sales", notes: "   " }, admin.headers))
      expect(empty.status).toBe(400)
      expect(empty.data.message).toMatch(/notes/)
      const kind = await attempt(api.post("/admin/order-notes/extract", { kind: "invoice", notes: "2 rings" }, admin.headers))
      expect(kind.status).toBe(400)
      expect(kind.data.message).toMatch(/kind/)
      expect((await attempt(api.post("/admin/order-notes/extract", { kind: "sales", notes: "2 rings" }))).status).toBe(401)
    })
  },
})
