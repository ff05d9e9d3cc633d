import { previewAfterSetting, stoneLine, type StonePick } from "../stones-preview"
import { changeFromTakeIn, serverChange } from "../weight-change"

const stone = (over: Partial<StonePick["item"]> = {}): StonePick["item"] =>
  ({ id: "jsi_1", tag_id: "JWDIA0001", product_id: "p", inventory_kind: "materials_supplies", metal: null, fineness: null, purity: "", fine_grams: "0", weight: "0.30", weight_unit: "ct", pieces: 3, status: "available", location_id: "l", cost_basis: "300", ...over }) as StonePick["item"]

describe("The pickup drawer shows the change from take-in before confirming", () => {
  it("solder added at the bench reads as metal added, in the take-in unit", () => {
    expect(changeFromTakeIn("5.2", "g", "5.35", "g")).toEqual({ direction: "added", amount: "0.15", unit: "g" })
  })
  it("a piece sized down reads as metal removed; another unit is converted exactly", () => {
    // 3.3 dwt = 5.132073672 g, against 5.2 g taken in
    expect(changeFromTakeIn("5.2", "g", "3.3", "dwt")).toEqual({ direction: "removed", amount: "0.0679", unit: "g" })
  })
  it("the same weight is no change, and nothing typed yet gives no figure", () => {
    expect(changeFromTakeIn("5.2", "g", "5.20", "g")?.direction).toBe("same")
    expect(changeFromTakeIn("5.2", "g", "", "g")).toBeNull()
    expect(changeFromTakeIn("5.2", "g", "heavy", "g")).toBeNull()
  })
  it("the server's change reads the same way", () => {
    expect(serverChange({ direction: "removed", in_unit: "-0.01", unit: "g" })).toEqual({ direction: "removed", amount: "0.01", unit: "g" })
    expect(serverChange(null)).toBeNull()
  })
})

describe("SetStones shows the piece's weight and cost after, as the server will book them", () => {
  const mount = { weight: "3.20", weight_unit: "g", cost_basis: "360" }
  it("two of three stones by pieces and carats, and a single stone whole: 0.70 ct is 0.14 g, cost 200 + 1050", () => {
    const lot: StonePick = { item: stone(), full: false, pieces: "2", weight: "0.20" }
    const single: StonePick = { item: stone({ id: "jsi_2", weight: "0.50", pieces: 1, cost_basis: "1050" }), full: true, pieces: "", weight: "" }
    expect(previewAfterSetting(mount, [lot, single])).toEqual({ weight: "3.34", cost: "1610.00" })
    expect(stoneLine(lot)).toEqual({ stock_item_id: "jsi_1", pieces: 2, weight: "0.20", weight_unit: "ct" })
    expect(stoneLine(single)).toEqual({ stock_item_id: "jsi_2", full: true })
  })
  it("by pieces only, a stone record without weight costs pro rata by pieces", () => {
    const p: StonePick = { item: stone({ weight: "0", pieces: 4, cost_basis: "100" }), full: false, pieces: "1", weight: "" }
    expect(previewAfterSetting(mount, [p])).toEqual({ weight: "3.2", cost: "385.00" })
  })
  it("nothing picked leaves the piece as it is", () => {
    expect(previewAfterSetting({ weight: "3.2", weight_unit: "g", cost_basis: null }, [])).toEqual({ weight: "3.2", cost: "0.00" })
  })
})
