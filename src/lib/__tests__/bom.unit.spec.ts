import { batchEstimate, bomEstimate } from "../bom"

describe("Style bill of materials estimate", () => {
  const lines = [
    { kind: "metal" as const, quantity: 1, weight: "3.2", unit_cost: "62.50", cost_per: "weight" as const },
    { kind: "stone" as const, quantity: 12, unit_cost: "35", cost_per: "piece" as const },
    { kind: "stone" as const, quantity: 1, unit_cost: "1450", cost_per: "piece" as const },
    { kind: "finding" as const, quantity: 2, unit_cost: "1.15", cost_per: "piece" as const },
  ]
  it("prices metal by weight, stones and findings by count, plus labour per stage", () => {
    expect(bomEstimate(lines, [{ cost: "45" }, { cost: "30" }])).toEqual({
      metal: "200.00",
      stones: "1870.00",
      findings: "2.30",
      materials: "2072.30",
      labor: "75.00",
      per_piece: "2147.30",
    })
  })
  it("a batch of N costs N times one piece", () => {
    expect(batchEstimate(lines, [{ cost: "45" }], 3).per_piece).toBe("6351.90")
  })
})
