import { countLineStatuses, deriveLineStatus, jobState, LineFacts, lineShipmentStatus } from "../order-status"
import { orderMetricsInUnit } from "../production-metrics"

const facts = (f: Partial<LineFacts>): LineFacts => ({ ordered: 2, shipped: 0, returned: 0, manual: null, jobs: [], ...f })

describe("A line's status, strongest fact first", () => {
  it.each<[string, Partial<LineFacts>, string]>([
    ["nothing yet → Not Started", {}, "not_started"],
    ["cancelled by hand beats everything, even shipping", { manual: "cancelled", shipped: 2, jobs: ["active"] }, "cancelled"],
    ["all returned → Returned", { shipped: 2, returned: 2 }, "returned"],
    ["some returned → Partially Returned", { shipped: 2, returned: 1 }, "partially_returned"],
    ["returns beat shipping and Ready", { shipped: 1, returned: 1, manual: "ready" }, "returned"],
    ["shipped all it ordered → Shipped", { shipped: 2 }, "shipped"],
    ["shipped part → Partially Shipped", { shipped: 1, manual: "ready" }, "partially_shipped"],
    ["marked Ready", { manual: "ready", jobs: ["active"] }, "ready"],
    ["a job at work → In Progress", { jobs: ["active", "closed"] }, "in_progress"],
    ["every job closed → Production Completed", { jobs: ["closed", "closed"] }, "production_completed"],
    ["cancelled jobs are ignored", { jobs: ["closed", "cancelled"] }, "production_completed"],
    ["only cancelled jobs → Not Started", { jobs: ["cancelled"] }, "not_started"],
    ["backordered by hand, no job", { manual: "backordered" }, "backordered"],
    ["a job at work takes a backordered line into production", { manual: "backordered", jobs: ["active"] }, "in_progress"],
  ])("%s", (_name, f, expected) => {
    expect(deriveLineStatus(facts(f))).toBe(expected)
  })

  it("counts the lines in each status for the chips", () => {
    expect(countLineStatuses([{ status: "ready" }, { status: "ready" }, { status: "shipped" }])).toEqual({ ready: 2, shipped: 1 })
  })

  it("reads a job's status as active, closed or cancelled", () => {
    expect(["open", "in_progress", "completed", "closing", "closed", "cancelled"].map(jobState)).toEqual([
      "active",
      "active",
      "active",
      "active",
      "closed",
      "cancelled",
    ])
  })

  it("a line shows its latest shipment's tracking status", () => {
    expect(lineShipmentStatus([])).toBeNull()
    expect(
      lineShipmentStatus([
        { status: "delivered", created_at: "2026-11-01T10:00:00Z" },
        { status: "in_transit", created_at: "2026-11-03T10:00:00Z" },
      ])
    ).toBe("in_transit")
  })
})

describe("Order production metrics normalised to the default unit", () => {
  // The chained order of the SPEC: casting (two jobs) then polishing (two jobs);
  // one casting job and one polishing job weighed in carats (1 ct = 0.2 g).
  const chained = [
    { unit: "g" as const, issued: "60", received: "55", rejected: "1", scrapped: "2", waste: "2", last_received_stage: { stage_key: "casting", received_at: "2026-01-01" }, output_by_stage: { casting: "56" } },
    { unit: "ct" as const, issued: "200", received: "180", rejected: "0", scrapped: "10", waste: "10", last_received_stage: { stage_key: "casting", received_at: "2026-01-02" }, output_by_stage: { casting: "180" } },
    { unit: "g" as const, issued: "56", received: "53", rejected: "0", scrapped: "1", waste: "2", last_received_stage: { stage_key: "polish", received_at: "2026-01-05" }, output_by_stage: { polish: "53" } },
    { unit: "ct" as const, issued: "180", received: "170", rejected: "0", scrapped: "0", waste: "10", last_received_stage: { stage_key: "polish", received_at: "2026-01-06" }, output_by_stage: { polish: "170" } },
  ]

  it("in grams: Output 87.0 %, Gross Waste 13.0 %, Net Waste 8.0 %, Consumption 14.9 %", () => {
    const m = orderMetricsInUnit(chained, "g")
    expect(m.unit).toBe("g")
    expect(m.final_stage_key).toBe("polish")
    expect(m.final_output).toBe("87") // 53 g + 170 ct (34 g)
    expect(m.net_input).toBe("100") // Σ issued 192 + 87 − Σ(received + rejected) 179
    expect(m.output_pct).toBe(87)
    expect(m.gross_waste_pct).toBe(13)
    expect(m.net_waste_pct).toBe(8)
    expect(m.consumption_pct).toBe(14.9)
    expect(m.buckets.base).toBe("192")
  })

  it("the same order in carats gives the same percentages and weights five times larger", () => {
    const m = orderMetricsInUnit(chained, "ct")
    expect(m.final_output).toBe("435")
    expect(m.net_input).toBe("500")
    expect([m.output_pct, m.gross_waste_pct, m.net_waste_pct, m.consumption_pct]).toEqual([87, 13, 8, 14.9])
  })

  it("adding raw numbers without normalising would be wrong: the carat job is not 200 g", () => {
    const m = orderMetricsInUnit(chained, "g")
    expect(m.buckets.base).not.toBe(String(60 + 200 + 56 + 180))
  })
})
