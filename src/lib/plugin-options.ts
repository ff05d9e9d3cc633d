/**
 * The plugin's options, as an app gives them in medusa-config.ts
 * (`plugins: [{ resolve: "medusa-plugin-jewelry-production", options }]`),
 * with their defaults and checks. Pure: the accessor that finds them in a
 * running store is modules/plugin-options.ts.
 */
import { normalizeRateProvider, RateProviderOptions } from "./metal-prices"

export type LlmEndpointOptions = {
  provider?: "offline" | "llm"
  base_url?: string
  api_key?: string
  model?: string
  timeout_ms?: number
}

/** A Zebra (or any ZPL) printer on the network: ZPL goes to it over raw TCP (port 9100 by default). */
export type TagPrinterOptions = { host: string; port: number; timeout_ms: number }

export type JewelryPluginOptions = {
  /** The product page's written summary: "offline" (default) or an OpenAI-compatible endpoint. */
  summary?: LlmEndpointOptions
  /** Reading order notes: "offline" (default) or an OpenAI-compatible endpoint. */
  extraction?: LlmEndpointOptions
  /** HMAC-SHA256 key a carrier signs tracking webhooks with (POST /hooks/jewelry-tracking). */
  tracking_webhook_secret?: string
  /** Seconds a signed tracking body stays valid: older ones are replays. */
  tracking_webhook_tolerance_s: number
  /** Jobs the workshop finishes a day, for the storefront's made-to-order ship date. */
  workshop_capacity_per_day: number
  /** The day's metal rates from an HTTP JSON endpoint (see lib/metal-prices). None: rates are entered by hand and nothing is fetched. */
  rate_provider?: RateProviderOptions
  /** Where "Send to printer" sends tags' ZPL; without it tags are downloaded only. */
  tag_printer?: TagPrinterOptions
  [key: string]: unknown
}

export const PLUGIN_OPTION_DEFAULTS = {
  tracking_webhook_tolerance_s: 300,
  workshop_capacity_per_day: 4,
  tag_printer_port: 9100,
  tag_printer_timeout_ms: 5000,
} as const

const positive = (name: string, value: unknown, fallback: number): number => {
  if (value === undefined || value === null || value === "") return fallback
  const n = typeof value === "string" ? Number(value) : value
  if (typeof n !== "number" || !Number.isFinite(n) || n <= 0) {
    throw new Error(`${name}: the plugin option must be a positive number, not ${JSON.stringify(value)}`)
  }
  return n
}

const endpoint = (name: string, value: unknown): LlmEndpointOptions | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value !== "object" || Array.isArray(value)) throw new Error(`${name}: the plugin option must be an object`)
  const v = value as LlmEndpointOptions
  if (v.provider !== undefined && v.provider !== "offline" && v.provider !== "llm") {
    throw new Error(`${name}.provider: must be "offline" or "llm", not ${JSON.stringify(v.provider)}`)
  }
  if (v.timeout_ms !== undefined) positive(`${name}.timeout_ms`, v.timeout_ms, 0)
  return v
}

const tagPrinter = (value: unknown): TagPrinterOptions | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value !== "object" || Array.isArray(value)) throw new Error("tag_printer: the plugin option must be an object ({ host, port?, timeout_ms? })")
  const v = value as Record<string, unknown>
  if (typeof v.host !== "string" || !/^[A-Za-z0-9.:\-\[\]]{1,253}$/.test(v.host)) {
    throw new Error(`tag_printer.host: the plugin option must be the printer's host name or IP address, not ${JSON.stringify(v.host)}`)
  }
  const port = positive("tag_printer.port", v.port, PLUGIN_OPTION_DEFAULTS.tag_printer_port)
  if (!Number.isInteger(port) || port > 65535) throw new Error(`tag_printer.port: the plugin option must be a TCP port (1–65535), not ${JSON.stringify(v.port)}`)
  return { host: v.host, port, timeout_ms: positive("tag_printer.timeout_ms", v.timeout_ms, PLUGIN_OPTION_DEFAULTS.tag_printer_timeout_ms) }
}

/**
 * The options with defaults filled in. A value of the wrong kind is an
 * error naming the option, so a mistyped medusa-config fails at start-up
 * rather than on the first webhook.
 */
export function normalizePluginOptions(raw: Record<string, unknown> | null | undefined): JewelryPluginOptions {
  const o = raw ?? {}
  const secret = o.tracking_webhook_secret
  if (secret !== undefined && secret !== null && typeof secret !== "string") {
    throw new Error("tracking_webhook_secret: the plugin option must be a string")
  }
  return {
    ...o,
    summary: endpoint("summary", o.summary),
    extraction: endpoint("extraction", o.extraction),
    tracking_webhook_secret: (secret as string | undefined) || undefined,
    tracking_webhook_tolerance_s: positive("tracking_webhook_tolerance_s", o.tracking_webhook_tolerance_s, PLUGIN_OPTION_DEFAULTS.tracking_webhook_tolerance_s),
    workshop_capacity_per_day: positive("workshop_capacity_per_day", o.workshop_capacity_per_day, PLUGIN_OPTION_DEFAULTS.workshop_capacity_per_day),
    rate_provider: normalizeRateProvider(o.rate_provider),
    tag_printer: tagPrinter(o.tag_printer),
  }
}
