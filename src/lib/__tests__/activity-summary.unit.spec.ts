import { ActivityFacts, LlmSummaryProvider, OfflineSummaryProvider, summaryProviderFromOptions } from "../activity-summary"

const facts: ActivityFacts = {
  product_title: "14K Yellow Casting Grain",
  inventory_kind: "materials_supplies",
  unit: "g",
  days: 30,
  item_count: 3,
  pieces: 3,
  total_grams: "93.3",
  change_grams: "-6.7",
  by_reason: [
    { reason: "initial", movements: 3, added_grams: "100", deducted_grams: "0" },
    { reason: "adjustment", movements: 2, added_grams: "0", deducted_grams: "6.7" },
  ],
  locations: 1,
  last_movement_at: null,
}

describe("Written summary of recent activity", () => {
  it("the default provider writes the figures offline in the store's unit", async () => {
    const { text, provider } = await new OfflineSummaryProvider().summarize(facts)
    expect(provider).toBe("offline")
    expect(text).toContain("3 items of materials & supplies on hand (3 pcs, 93.3 g)")
    expect(text).toContain("5 movements with a net loss of 6.7 g")
    expect(text).toContain("2 manual adjustments (−6.7 g)")
    const dwt = await new OfflineSummaryProvider().summarize({ ...facts, unit: "dwt" })
    expect(dwt.text).toContain("59.993 dwt")
  })

  it("counts one movement in the singular", async () => {
    const one = { ...facts, item_count: 1, by_reason: [{ reason: "adjustment", movements: 1, added_grams: "0", deducted_grams: "0.01" }, { reason: "sale", movements: 1, added_grams: "0", deducted_grams: "0" }] }
    const { text } = await new OfflineSummaryProvider().summarize(one)
    expect(text).toContain("1 item of materials & supplies on hand")
    expect(text).toContain("In the last 30 days: 2 movements")
    expect(text).toContain("1 manual adjustment (−0.01 g), 1 sale.")
    const single = await new OfflineSummaryProvider().summarize({ ...one, by_reason: [one.by_reason[0]] })
    expect(single.text).toContain("In the last 30 days: 1 movement with")
  })

  it("says so when nothing moved", async () => {
    const { text } = await new OfflineSummaryProvider().summarize({ ...facts, by_reason: [], item_count: 0 })
    expect(text).toContain("no materials & supplies on hand")
    expect(text).toContain("No stock movements in the last 30 days")
  })

  it("without options nothing is sent anywhere", () => {
    expect(summaryProviderFromOptions(undefined).name).toBe("offline")
    expect(summaryProviderFromOptions({ summary: { provider: "llm" } }).name).toBe("offline")
    expect(summaryProviderFromOptions({ summary: { provider: "llm", base_url: "http://localhost:1", model: "m" } }).name).toBe("llm")
  })

  it("an LLM provider that fails falls back to the offline summary with a warning", async () => {
    const failing = (async () => ({ ok: false, status: 503 })) as any
    const r = await new LlmSummaryProvider({ base_url: "http://localhost:1/v1", model: "m" }, undefined, failing).summarize(facts)
    expect(r.provider).toBe("offline")
    expect(r.warning).toContain("HTTP 503")
    const ok = (async (_url: string, init: any) => {
      expect(JSON.parse(init.body).messages[1].content).toContain("Casting Grain")
      return { ok: true, json: async () => ({ choices: [{ message: { content: "Grain is being used steadily." } }] }) }
    }) as any
    const r2 = await new LlmSummaryProvider({ base_url: "http://localhost:1/v1", model: "m" }, undefined, ok).summarize(facts)
    expect(r2).toEqual({ text: "Grain is being used steadily.", provider: "llm" })
  })
})
