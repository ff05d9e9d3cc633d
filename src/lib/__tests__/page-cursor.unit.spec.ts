import { decodePageCursor, encodePageCursor, orderName } from "../page-cursor"

describe("page cursors", () => {
  it("round-trip the order, the sort value at full precision and the id", () => {
    const c = { order: "created_at DESC", key: "2026-12-01 05:20:11.123456+00", id: "sitem_01J" }
    const text = encodePageCursor(c)
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodePageCursor(text)).toEqual(c)
    expect(decodePageCursor(encodePageCursor({ order: "tag_id ASC", key: "RING-ÄÖ 1", id: "x" }))!.key).toBe("RING-ÄÖ 1")
  })

  it("refuse anything a list did not give", () => {
    const good = encodePageCursor({ order: "weight_grams DESC", key: "1.5", id: "a" })
    for (const bad of ["", "abc", good + "!", good.slice(0, -3), Buffer.from('["a","b"]').toString("base64url"), Buffer.from('[1,"b","c"]').toString("base64url"), Buffer.from('["a","","c"]').toString("base64url"), Buffer.from("not json").toString("base64url"), Buffer.from(JSON.stringify(["o", "k".repeat(201), "i"])).toString("base64url"), encodePageCursor({ order: "tag_id ASC", key: "A\u0000", id: "x" })]) {
      expect(decodePageCursor(bad)).toBeNull()
    }
  })

  it("name an order by its first column and direction", () => {
    expect(orderName({ weight_grams: "DESC", id: "DESC" })).toBe("weight_grams DESC")
  })
})
