import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { METAL_PRICES_MODULE } from "../../modules/metal-prices"
import type MetalPricesModuleService from "../../modules/metal-prices/service"
import { pluginOptions } from "../../utils/plugin-options"
import { pastThreshold, providerFetchDue, providerUrl, ProviderRate, RateProviderOptions, readProviderRates } from "../../lib/metal-prices"
import { applyRepriceWorkflow, previewRepriceWorkflow, recordMetalRatesWorkflow } from "./workflows"
import { storeCurrencies } from "./pricing"

export type FetchResult = { configured: boolean; fetched: boolean; recorded: number; warnings: string[] }

async function getJson(url: string, o: RateProviderOptions) {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), o.timeout_ms)
  try {
    const res = await fetch(url, { headers: { accept: "application/json", ...(o.headers ?? {}) }, signal: controller.signal })
    if (!res.ok) throw new Error(`the endpoint answered ${res.status}`)
    return await res.json()
  } catch (e: any) {
    throw new Error(e?.name === "AbortError" ? `no answer within ${o.timeout_ms} ms` : e?.message ?? String(e))
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Fetches the day's rates from the configured endpoint and appends them.
 * Not configured: nothing is called. A failure (time-out, error, a value
 * missing) keeps the last rate and warns in the log. `force` fetches even
 * when the interval has not passed (the admin's Fetch now).
 */
export async function fetchProviderRates(container: any, opts: { force?: boolean; options?: RateProviderOptions; now?: Date } = {}): Promise<FetchResult> {
  const o = opts.options ?? pluginOptions(container).rate_provider
  if (!o) return { configured: false, fetched: false, recorded: 0, warnings: [] }
  const svc: MetalPricesModuleService = container.resolve(METAL_PRICES_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!opts.force && !providerFetchDue(await svc.lastProviderFetch(), opts.now ?? new Date(), o.every_minutes)) {
    return { configured: true, fetched: false, recorded: 0, warnings: [] }
  }
  const store = new Set((await storeCurrencies(container)).map((c) => c.code))
  const warnings: string[] = []
  const rates: ProviderRate[] = []
  const currencies = o.currencies.filter((c) => {
    if (store.has(c)) return true
    warnings.push(`${c.toUpperCase()}: not one of the store's currencies; skipped`)
    return false
  })
  let shared: unknown = undefined
  for (const currency of currencies) {
    try {
      const json = o.per_currency ? await getJson(providerUrl(o, currency), o) : (shared ??= await getJson(o.url, o))
      const read = readProviderRates(json, o, currency)
      rates.push(...read.rates)
      warnings.push(...read.warnings)
    } catch (e: any) {
      warnings.push(`${currency.toUpperCase()}: ${e.message}; the last rates stay`)
      if (!o.per_currency) break
    }
  }
  if (rates.length) await recordMetalRatesWorkflow(container).run({ input: { rates: rates.map((r) => ({ ...r })), source: "provider" } })
  for (const w of warnings) logger.warn(`metal rate provider: ${w}`)
  return { configured: true, fetched: true, recorded: rates.length, warnings }
}

/**
 * The daily reprice: for every active rule set to reprice by itself, a
 * preview at the day's rates, applied for the lines whose change is at or
 * past the rule's threshold %. Lines below it, and unpriced ones, stay.
 */
export async function runScheduledReprice(container: any) {
  const svc: MetalPricesModuleService = container.resolve(METAL_PRICES_MODULE)
  const rules: any[] = await svc.listPriceRules({ is_active: true, auto_reprice: true } as any, { take: null as any })
  const results: { rule_id: string; run_id: string; applied: number; below_threshold: number; unpriced: number }[] = []
  for (const rule of rules) {
    const threshold = String(rule.raw_auto_threshold_pct?.value ?? rule.auto_threshold_pct ?? "0")
    const { result: run } = await previewRepriceWorkflow(container).run({ input: { rule_ids: [rule.id], source: "scheduled", threshold_pct: threshold } })
    const changes: any[] = await svc.listPriceChanges({ run_id: run.id } as any, { take: null as any })
    const proposed = changes.filter((c) => c.status === "proposed")
    const due = proposed.filter((c) => pastThreshold(c.change_pct === null ? null : String(c.raw_change_pct?.value ?? c.change_pct), threshold))
    if (due.length) await applyRepriceWorkflow(container).run({ input: { run_id: run.id, change_ids: due.map((c) => c.id), actor_id: null } })
    results.push({ rule_id: rule.id, run_id: run.id, applied: due.length, below_threshold: proposed.length - due.length, unpriced: changes.filter((c) => c.status === "unpriced").length })
  }
  return results
}
