import { jobBase, jobMetrics, orderMetrics, toleranceCheck } from "../production-metrics"

describe("Production job progress and efficiency", () => {
  it("the worked example: Base 100 g; 82 received, 5 rejected, 8 scrapped, 5 waste", () => {
    const m = jobMetrics({ requested: "100", issued: "104", received: "82", rejected: "5", scrapped: "8", waste: "5" })
    expect(m.base).toBe("100")
    expect(m.output_pct).toBe(87.0)
    expect(m.gross_waste_pct).toBe(13.0)
    expect(m.net_waste_pct).toBe(5.0)
    expect(m.consumption_pct).toBe(14.9)
    expect(m.pending).toBe("0")
    expect(m.shares).toEqual({ received: 82, rejected: 5, scrapped: 8, waste: 5, pending: 0 })
  })

  it("Base is the requested weight if set, else the issued weight", () => {
    expect(jobBase({ requested: "50", issued: "60" }).toFixed()).toBe("50")
    expect(jobBase({ requested: null, issued: "60" }).toFixed()).toBe("60")
    expect(jobBase({ requested: "0", issued: "60" }).toFixed()).toBe("60")
  })

  it("Pending is Base less every bucket, and each share is bucket ÷ Base", () => {
    const m = jobMetrics({ issued: "40", received: "10", rejected: "2", scrapped: "1", waste: "0.5" })
    expect(m.pending).toBe("26.5")
    expect(m.shares).toEqual({ received: 25, rejected: 5, scrapped: 2.5, waste: 1.3, pending: 66.3 })
  })

  it("a zero base or zero output gives no figure, never NaN or Infinity", () => {
    const none = jobMetrics({ issued: "0", received: "0", rejected: "0", scrapped: "0", waste: "0" })
    expect(none.output_pct).toBeNull()
    expect(none.gross_waste_pct).toBeNull()
    expect(none.net_waste_pct).toBeNull()
    expect(none.consumption_pct).toBeNull()
    expect(Object.values(none.shares).every((v) => v === null)).toBe(true)
    const allLost = jobMetrics({ issued: "10", received: "0", rejected: "0", scrapped: "4", waste: "6" })
    expect(allLost.consumption_pct).toBeNull()
    expect(allLost.gross_waste_pct).toBe(100)
  })

  it("decimal arithmetic: 0.1 + 0.2 of output is exactly 0.3", () => {
    const m = jobMetrics({ requested: "0.3", issued: "0.3", received: "0.1", rejected: "0.2", scrapped: "0", waste: "0" })
    expect(m.output_pct).toBe(100)
    expect(m.pending).toBe("0")
  })
})

describe("Weight tolerance", () => {
  it("passes within the tolerance and fails past it", () => {
    expect(toleranceCheck({ issued: "100", received: "97", rejected: "0", scrapped: "1" }, 2)).toEqual({ within: true, variance_pct: 2, tolerance_pct: 2 })
    expect(toleranceCheck({ issued: "100", received: "97", rejected: "0", scrapped: "0.9" }, 2)).toMatchObject({ within: false, variance_pct: 2.1 })
    expect(toleranceCheck({ issued: "100", received: "103", rejected: "0", scrapped: "0" }, 2)).toMatchObject({ within: false, variance_pct: 3 })
  })

  it("no tolerance means no check; nothing issued means nothing to check", () => {
    expect(toleranceCheck({ issued: "100", received: "10", rejected: "0", scrapped: "0" }, null).within).toBe(true)
    expect(toleranceCheck({ issued: "0", received: "0", rejected: "0", scrapped: "0" }, 0).within).toBe(true)
    expect(toleranceCheck({ issued: "100", received: "100", rejected: "0", scrapped: "0" }, 0).within).toBe(true)
  })
})

describe("Order production metrics", () => {
  it("a chained order: casting then polishing, two jobs each", () => {
    // Casting stage: 2 jobs issue 60 + 40 g, receive 55 + 36 (rejected 1 + 0), scrap 2 + 2, waste 2 + 2.
    // Polishing (received last): they issue the cast output 56 + 36, receive 53 + 34, scrap 1 + 0, waste 2 + 2.
    const jobs = [
      { issued: "60", received: "55", rejected: "1", scrapped: "2", waste: "2", last_received_stage: { stage_key: "casting", received_at: "2026-01-01" }, output_by_stage: { casting: "56" } },
      { issued: "40", received: "36", rejected: "0", scrapped: "2", waste: "2", last_received_stage: { stage_key: "casting", received_at: "2026-01-02" }, output_by_stage: { casting: "36" } },
      { issued: "56", received: "53", rejected: "0", scrapped: "1", waste: "2", last_received_stage: { stage_key: "polish", received_at: "2026-01-05" }, output_by_stage: { polish: "53" } },
      { issued: "36", received: "34", rejected: "0", scrapped: "0", waste: "2", last_received_stage: { stage_key: "polish", received_at: "2026-01-06" }, output_by_stage: { polish: "34" } },
    ]
    const m = orderMetrics(jobs)
    expect(m.final_stage_key).toBe("polish")
    expect(m.final_output).toBe("87") // 53 + 34
    // Net Input = Σ issued 192 + final 87 − Σ(received + rejected) 179 = 100
    expect(m.net_input).toBe("100")
    expect(m.output_pct).toBe(87)
    expect(m.gross_waste_pct).toBe(13) // waste 8 + scrap 5
    expect(m.net_waste_pct).toBe(8)
    expect(m.consumption_pct).toBe(14.9) // 13 ÷ 87
    expect(m.buckets.base).toBe("192")
  })

  it("an order with no jobs or no receipts gives no figures", () => {
    const m = orderMetrics([])
    expect(m.output_pct).toBeNull()
    expect(m.consumption_pct).toBeNull()
    const open = orderMetrics([{ issued: "10", received: "0", rejected: "0", scrapped: "0", waste: "0" }])
    expect(open.final_output).toBe("0")
    expect(open.output_pct).toBe(0)
    expect(open.consumption_pct).toBeNull()
  })
})
