import { acceptedTotals, chartPoints, rateIn, signedPct } from "../metal-prices"

const rate = (over: Record<string, any>) => ({ id: "r", metal: "gold", currency_code: "usd", rate: "65", rate_unit: "g", rate_per_gram: "65", rate_per_ozt: "2021.73", rate_date: "2026-11-29", source: "manual", created_at: "2026-11-29T10:00:00Z", ...over }) as any

describe("The rates chart and the reprice's figures in the admin", () => {
  it("a day's last rate per metal, oldest day first, per gram or per troy ounce", () => {
    const points = chartPoints(
      [
        rate({ rate_date: "2026-11-30", rate_per_gram: "66", created_at: "2026-11-30T09:00:00Z" }),
        rate({ rate_date: "2026-11-30", rate_per_gram: "67", created_at: "2026-11-30T15:00:00Z" }),
        rate({}),
        rate({ metal: "silver", rate_per_gram: "0.9" }),
      ],
      "ozt"
    )
    expect(points).toEqual([
      { day: "2026-11-29", gold: 2021.73, silver: 27.99 },
      { day: "2026-11-30", gold: 2083.93 },
    ])
    expect(chartPoints([rate({ rate_per_gram: "85.2155537801" })], "g")).toEqual([{ day: "2026-11-29", gold: 85.2156 }])
  })
  it("rates and changes read as a jeweler reads them", () => {
    expect(rateIn({ rate_per_gram: "85.2155537801" }, "ozt")).toBe("2,650.50")
    expect(rateIn({ rate_per_gram: "85.2155537801" }, "g")).toBe("85.2156")
    expect(signedPct("2.2")).toBe("+2.20%")
    expect(signedPct("-31.75")).toBe("-31.75%")
    expect(signedPct(null)).toBe("—")
  })
  it("the accepted lines' totals per currency, exact", () => {
    const line = (id: string, old: string | null, next: string, status = "proposed") => ({ id, currency_code: "usd", status, old_amount: old, new_amount: next }) as any
    expect(acceptedTotals([line("a", "0.1", "0.2"), line("b", null, "0.1"), line("c", "5", "6", "unpriced"), line("d", "1", "2")], { a: true, b: true, c: true })).toEqual([
      { currency: "usd", count: 2, old: "0.1", next: "0.3" },
    ])
  })
})
