import { orderDateRequired } from "../extraction/order-dates"

describe("The order wizard carries the notes' dates into the order", () => {
  it("the order is required by the earliest date a row asks for", () => {
    expect(orderDateRequired([{ date_required: "2026-12-20" }, { date_required: null }, { date_required: "2026-12-12" }], "")).toBe("2026-12-12")
  })
  it("a date the user chose stands; no dates leave it empty", () => {
    expect(orderDateRequired([{ date_required: "2026-12-12" }], "2027-01-05")).toBe("2027-01-05")
    expect(orderDateRequired([{ date_required: null }, {}], null)).toBeNull()
  })
})
