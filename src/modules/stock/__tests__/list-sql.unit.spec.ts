import { countKeys, cursorKeyFits, stockListCountSql, stockListOrder, stockListPageSql, stockListWhere } from "../list-sql"
import { splitFields } from "../../../api/admin/stock-items/helpers"

describe("the stock list's SQL", () => {
  it("writes each filter shape with placeholders, live items only", () => {
    expect(stockListWhere({ ownership: "shop", location_id: ["a", "b"], tag_id: { $ilike: "%BN%" }, customer_id: null, size: undefined })).toEqual({
      sql: `deleted_at IS NULL AND "ownership" = ? AND "location_id" IN (?) AND "tag_id" ILIKE ? AND "customer_id" IS NULL`,
      params: ["shop", ["a", "b"], "%BN%"],
    })
    // A member with no locations sees nothing.
    expect(stockListWhere({ location_id: [] }).sql).toBe("deleted_at IS NULL AND false")
  })

  it("refuses a column or an operator it does not know instead of passing it through", () => {
    expect(() => stockListWhere({ "id; DROP TABLE x": "1" })).toThrow(/no filter/)
    expect(() => stockListWhere({ raw_weight: "1" })).toThrow(/no filter/)
    expect(() => stockListWhere({ tag_id: { $raw: "1=1" } })).toThrow(/\$ilike/)
    expect(() => stockListWhere({ location_id: [1, 2] })).toThrow(/list of texts/)
    expect(() => stockListOrder({ "weight_grams DESC; --": "ASC" })).toThrow(/no order/)
    expect(() => stockListOrder({ weight_grams: "SIDEWAYS" as any })).toThrow(/ASC or DESC/)
    expect(() => stockListOrder({})).toThrow(/order is needed/)
  })

  it("reads an early page in the list's order; a deep page's ids from the index first, then those rows in the same order", () => {
    const early = stockListPageSql({ ownership: "shop" }, { skip: 180, take: 20, order: { created_at: "DESC", id: "DESC" } })
    expect(early).toEqual({
      sql: `SELECT *, "created_at"::text AS "__page_key" FROM jewelry_stock_item WHERE deleted_at IS NULL AND "ownership" = ? ORDER BY "created_at" DESC, "id" DESC LIMIT ? OFFSET ?`,
      params: ["shop", 20, 180],
    })
    const { sql, params } = stockListPageSql({ ownership: "shop", status: "available" }, { skip: 9980, take: 20, order: { weight_grams: "DESC", id: "DESC" } })
    expect(sql.replace(/\s+/g, " ")).toBe(
      `SELECT *, "weight_grams"::text AS "__page_key" FROM jewelry_stock_item WHERE id IN ( SELECT id FROM jewelry_stock_item WHERE deleted_at IS NULL AND "ownership" = ? AND "status" = ? ORDER BY "weight_grams" DESC, "id" DESC LIMIT ? OFFSET ? ) ORDER BY "weight_grams" DESC, "id" DESC`
    )
    expect(params).toEqual(["shop", "available", 20, 9980])
  })

  it("reads the next page after a row and the previous one before it, by the row's sort value and id, never by skipping", () => {
    const order = { weight_grams: "DESC", id: "DESC" } as const
    const next = stockListPageSql({ ownership: "shop" }, { skip: 9980, take: 20, order, after: { key: "12.5", id: "si_9" } })
    expect(next).toEqual({
      sql: `SELECT *, "weight_grams"::text AS "__page_key" FROM jewelry_stock_item WHERE deleted_at IS NULL AND "ownership" = ? AND ("weight_grams", "id") < (?, ?) ORDER BY "weight_grams" DESC, "id" DESC LIMIT ?`,
      params: ["shop", "12.5", "si_9", 20],
    })
    // Backwards: the rows just before, read in the reverse order from the index, handed back in the list's.
    const prev = stockListPageSql({ ownership: "shop" }, { skip: 0, take: 20, order, before: { key: "12.5", id: "si_9" } })
    expect(prev.sql).toBe(
      `SELECT * FROM (SELECT *, "weight_grams"::text AS "__page_key" FROM jewelry_stock_item WHERE deleted_at IS NULL AND "ownership" = ? AND ("weight_grams", "id") > (?, ?) ORDER BY "weight_grams" ASC, "id" ASC LIMIT ?) AS p ORDER BY "weight_grams" DESC, "id" DESC`
    )
    const asc = stockListPageSql({}, { skip: 0, take: 5, order: { tag_id: "ASC", id: "ASC" }, after: { key: "A-1", id: "si_1" } })
    expect(asc.sql).toContain(`AND ("tag_id", "id") > (?, ?) ORDER BY "tag_id" ASC, "id" ASC LIMIT ?`)
    expect(() => stockListPageSql({}, { skip: 0, take: 5, order: { tag_id: "ASC", id: "DESC" }, after: { key: "A", id: "x" } })).toThrow(/one column and then the id/)
    expect(() => stockListPageSql({}, { skip: 0, take: 5, order: { tag_id: "ASC" }, after: { key: "A", id: "x" } })).toThrow(/one column and then the id/)
    expect(() => stockListPageSql({}, { skip: 0, take: 5, order, after: { key: "1", id: "x" }, before: { key: "1", id: "x" } })).toThrow(/not both/)
  })

  it("takes a cursor's sort value only in a form the database reads as the column's type", () => {
    for (const ok of ["2026-12-01 05:20:11.123456+00", "2026-02-28 23:59:59+05:30", "2024-02-29 00:00:00-03"]) expect(cursorKeyFits("created_at", ok)).toBe(true)
    for (const bad of ["2026-02-30 00:00:00+00", "2026-13-01 00:00:00+00", "2026-12-01 24:00:00+00", "2026-12-01T05:20:11Z", "yesterday", ""]) expect(cursorKeyFits("updated_at", bad)).toBe(false)
    expect(cursorKeyFits("weight_grams", "12.125")).toBe(true)
    for (const bad of ["abc", "-1", "1e5", "1.", " 1"]) expect(cursorKeyFits("weight_grams", bad)).toBe(false)
    expect(cursorKeyFits("pieces", "2147483647")).toBe(true)
    expect(cursorKeyFits("pieces", "2147483648")).toBe(false)
    expect(cursorKeyFits("tag_id", "any text")).toBe(true)
    expect(cursorKeyFits("notes", "x")).toBe(false)
  })

  it("counts from the count table for filters on ownership, location and status only, else over the items", () => {
    expect(countKeys({ ownership: "shop", location_id: ["a", "b"], status: "available" })).toEqual({ ownership: ["shop"], location_id: ["a", "b"], status: ["available"] })
    expect(countKeys({ ownership: "shop", location_id: [] })).toEqual({ ownership: ["shop"], location_id: [""] })
    expect(countKeys({ ownership: "shop", shape: "Round" })).toBeNull()
    expect(countKeys({ ownership: "shop", status: { $ilike: "a%" } })).toBeNull()
    const table = stockListCountSql({ ownership: "shop", location_id: "a" })
    expect(table.sql).toBe(`SELECT COALESCE(SUM(items), 0)::text AS n FROM jewelry_stock_count WHERE deleted_at IS NULL AND "ownership" IN (?) AND "location_id" IN (?)`)
    expect(table.params).toEqual([["shop"], ["a"]])
    const items = stockListCountSql({ ownership: "shop", tag_id: { $ilike: "%7%" } })
    expect(items.sql).toBe(`SELECT COUNT(*)::text AS n FROM jewelry_stock_item WHERE deleted_at IS NULL AND "ownership" = ? AND "tag_id" ILIKE ?`)
  })

  it("splits a list's Query fields into the item's own and each link's", () => {
    expect(splitFields(["*", "product.id", "product.title", "stock_location.name"])).toEqual({ own: "*", links: { product: ["id", "title"], stock_location: ["name"] } })
    expect(splitFields(["id", "tag_id", "*stock_location", "product.thumbnail"])).toEqual({ own: ["id", "tag_id"], links: { stock_location: ["*"], product: ["thumbnail"] } })
  })
})
