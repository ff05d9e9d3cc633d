import { shareOfItem } from "../take-share"

describe("What part of a stock item a take moves", () => {
  it("pieces only carry their share of the weight and the cost (2 of a 10-stone 0.30 ct lot)", () => {
    const r = shareOfItem({ weight: "0.30", pieces: 10, cost_basis: "1500" }, { pieces: 2 })
    expect(r.weight.toFixed()).toBe("0.06")
    expect(r.cost.toFixed()).toBe("300")
  })

  it("a share that does not divide evenly is rounded down to the ledger's places; the last pieces take what is left", () => {
    const third = shareOfItem({ weight: "1", pieces: 3 }, { pieces: 1 })
    expect(third.weight.toFixed()).toBe("0.33333333")
    expect(shareOfItem({ weight: "0.66666667", pieces: 2 }, { pieces: 2 }).weight.toFixed()).toBe("0.66666667")
  })

  it("a weight named is taken as named, with its share of the cost; everything takes all the cost", () => {
    expect(shareOfItem({ weight: "10", pieces: 1, cost_basis: "600" }, { weight: "2.5" }).cost.toFixed()).toBe("150")
    expect(shareOfItem({ weight: "10", pieces: 1, cost_basis: "600.01" }, { weight: "10", pieces: 1 }).cost.toFixed()).toBe("600.01")
  })

  it("an item without weight shares its cost by pieces; without a cost basis nothing is costed", () => {
    expect(shareOfItem({ weight: "0", pieces: 4, cost_basis: "100" }, { pieces: 1 }).cost.toFixed()).toBe("25")
    expect(shareOfItem({ weight: "5", pieces: 5 }, { pieces: 1 }).cost.toFixed()).toBe("0")
  })
})
