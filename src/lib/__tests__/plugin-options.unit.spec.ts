import { normalizePluginOptions, PLUGIN_OPTION_DEFAULTS } from "../plugin-options"

describe("The plugin's options", () => {
  it("fill in their defaults when left out", () => {
    const o = normalizePluginOptions(undefined)
    expect(o.tracking_webhook_tolerance_s).toBe(PLUGIN_OPTION_DEFAULTS.tracking_webhook_tolerance_s)
    expect(o.workshop_capacity_per_day).toBe(4)
    expect(o.tracking_webhook_secret).toBeUndefined()
    // No rate provider unless configured: nothing is fetched.
    expect(o.rate_provider).toBeUndefined()
    expect(normalizePluginOptions({ tracking_webhook_secret: "" }).tracking_webhook_secret).toBeUndefined()
  })

  it("keep what the app gives, numbers from the environment included", () => {
    const o = normalizePluginOptions({ tracking_webhook_secret: "s3cret", tracking_webhook_tolerance_s: "60", workshop_capacity_per_day: 10, extraction: { provider: "llm", base_url: "http://x/v1", model: "m" } })
    expect(o).toMatchObject({ tracking_webhook_secret: "s3cret", tracking_webhook_tolerance_s: 60, workshop_capacity_per_day: 10, extraction: { provider: "llm" } })
  })

  it("a mistyped option fails naming it, at start-up rather than on the first request", () => {
    expect(() => normalizePluginOptions({ workshop_capacity_per_day: 0 })).toThrow(/^workshop_capacity_per_day:/)
    expect(() => normalizePluginOptions({ tracking_webhook_tolerance_s: "soon" })).toThrow(/^tracking_webhook_tolerance_s:/)
    expect(() => normalizePluginOptions({ tracking_webhook_secret: 42 })).toThrow(/^tracking_webhook_secret:/)
    expect(() => normalizePluginOptions({ summary: { provider: "gpt" } })).toThrow(/^summary\.provider:/)
    expect(() => normalizePluginOptions({ extraction: "llm" })).toThrow(/^extraction:/)
    expect(() => normalizePluginOptions({ rate_provider: { url: "http://x", fields: { gold: "rates.XAU" }, unit: "kg" } })).toThrow(/^rate_provider\.unit:/)
    expect(normalizePluginOptions({ rate_provider: { url: "http://x/{currency}", fields: { gold: "rates.XAU" } } }).rate_provider).toMatchObject({ per_currency: true, every_minutes: 60 })
  })

  it("a tag printer: host, port 9100 and a 5 s timeout unless given; a bad one fails naming it", () => {
    expect(normalizePluginOptions({}).tag_printer).toBeUndefined()
    expect(normalizePluginOptions({ tag_printer: { host: "192.168.1.40" } }).tag_printer).toEqual({ host: "192.168.1.40", port: 9100, timeout_ms: 5000 })
    expect(normalizePluginOptions({ tag_printer: { host: "zebra.local", port: "6101", timeout_ms: 2000 } }).tag_printer).toEqual({ host: "zebra.local", port: 6101, timeout_ms: 2000 })
    expect(() => normalizePluginOptions({ tag_printer: "zebra.local" })).toThrow(/^tag_printer:/)
    expect(() => normalizePluginOptions({ tag_printer: { host: "" } })).toThrow(/^tag_printer\.host:/)
    expect(() => normalizePluginOptions({ tag_printer: { host: "zebra.local", port: 70000 } })).toThrow(/^tag_printer\.port:/)
    expect(() => normalizePluginOptions({ tag_printer: { host: "zebra.local", timeout_ms: -1 } })).toThrow(/^tag_printer\.timeout_ms:/)
  })
})
