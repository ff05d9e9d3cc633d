import BigNumber from "bignumber.js"
import { formatDecimal, fromGrams, WeightUnit } from "./units"

/** What the product page knows about a product's recent stock activity. */
export type ActivityFacts = {
  product_title: string
  inventory_kind: string
  unit: WeightUnit
  days: number
  item_count: number
  pieces: number
  total_grams: string
  change_grams: string
  by_reason: { reason: string; movements: number; added_grams: string; deducted_grams: string }[]
  locations: number
  last_movement_at: string | null
}

export type SummaryResult = { text: string; provider: string; warning?: string }

export interface ActivitySummaryProvider {
  readonly name: string
  summarize(facts: ActivityFacts): Promise<SummaryResult>
}

const KIND_LABEL: Record<string, string> = {
  rough: "rough stock",
  in_process: "in-process stock",
  finished: "finished stock",
  materials_supplies: "materials & supplies",
}

/** Each reason as counted: one movement, or several. */
const REASON_LABEL: Record<string, [one: string, many: string]> = {
  initial: ["new item recorded", "new items recorded"],
  import: ["imported item", "imported items"],
  adjustment: ["manual adjustment", "manual adjustments"],
  transfer: ["transfer", "transfers"],
  status_change: ["status change", "status changes"],
  issue: ["issue to production", "issues to production"],
  return_from_job: ["return from production", "returns from production"],
  receive: ["receipt from production", "receipts from production"],
  allocation: ["stone allocation", "stone allocations"],
  deallocation: ["allocation removed", "allocations removed"],
  sale: ["sale", "sales"],
  sale_return: ["return from a customer", "returns from customers"],
  scrap: ["scrap write-off", "scrap write-offs"],
  purchase_receipt: ["purchase receipt", "purchase receipts"],
  close_out: ["finished piece from a job", "finished pieces from jobs"],
}

const counted = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`

const w = (grams: string | BigNumber, unit: WeightUnit) => `${formatDecimal(fromGrams(grams, unit), 3)} ${unit}`

/** The default: a plain-language summary written from the figures, offline, sending nothing anywhere. */
export class OfflineSummaryProvider implements ActivitySummaryProvider {
  readonly name = "offline"
  async summarize(f: ActivityFacts): Promise<SummaryResult> {
    const kind = KIND_LABEL[f.inventory_kind] ?? f.inventory_kind
    const parts: string[] = []
    if (!f.item_count) {
      parts.push(`${f.product_title} has no ${kind} on hand.`)
    } else {
      parts.push(
        `${f.product_title}: ${f.item_count} ${f.item_count === 1 ? "item" : "items"} of ${kind} on hand (${f.pieces} pcs, ${w(f.total_grams, f.unit)})` +
          (f.locations > 1 ? ` across ${f.locations} locations.` : ".")
      )
    }
    const change = new BigNumber(f.change_grams)
    const active = f.by_reason.filter((r) => r.movements > 0).sort((a, b) => b.movements - a.movements)
    if (!active.length) {
      parts.push(`No stock movements in the last ${f.days} days.`)
    } else {
      const total = active.reduce((n, r) => n + r.movements, 0)
      const trend = change.isZero() ? "no net change in weight" : `a net ${change.isPositive() ? "gain" : "loss"} of ${w(change.abs(), f.unit)}`
      parts.push(`In the last ${f.days} days: ${counted(total, ["movement", "movements"])} with ${trend}.`)
      const top = active.slice(0, 3).map((r) => {
        const net = new BigNumber(r.added_grams).minus(r.deducted_grams)
        return `${counted(r.movements, REASON_LABEL[r.reason] ?? [r.reason, r.reason])}${net.isZero() ? "" : ` (${net.isPositive() ? "+" : "−"}${w(net.abs(), f.unit)})`}`
      })
      parts.push(`Most activity: ${top.join(", ")}.`)
      const scrap = active.find((r) => r.reason === "scrap")
      if (scrap) parts.push(`Watch the scrap: ${w(scrap.deducted_grams, f.unit)} written off.`)
    }
    return { text: parts.join(" "), provider: this.name }
  }
}

export type LlmSummaryOptions = { base_url: string; api_key?: string; model: string; timeout_ms?: number }

/**
 * An OpenAI-compatible chat endpoint, set in the plugin options. Only the
 * figures above are sent (no customer data). On any failure or time-out the
 * offline summary is returned with a warning.
 */
export class LlmSummaryProvider implements ActivitySummaryProvider {
  readonly name = "llm"
  constructor(private options: LlmSummaryOptions, private fallback = new OfflineSummaryProvider(), private fetchImpl: typeof fetch = fetch) {}

  async summarize(facts: ActivityFacts): Promise<SummaryResult> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), this.options.timeout_ms ?? 8000)
    try {
      const res = await this.fetchImpl(`${this.options.base_url.replace(/\/$/, "")}/chat/completions`, {
        method: "POST",
        signal: controller.signal,
        headers: {
          "content-type": "application/json",
          ...(this.options.api_key ? { authorization: `Bearer ${this.options.api_key}` } : {}),
        },
        body: JSON.stringify({
          model: this.options.model,
          temperature: 0.2,
          messages: [
            { role: "system", content: "You summarise a jewelry workshop's stock activity for its manager in 2-3 plain sentences. Use only the figures given." },
            { role: "user", content: JSON.stringify(facts) },
          ],
        }),
      })
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      const body: any = await res.json()
      const text = body?.choices?.[0]?.message?.content?.trim()
      if (!text) throw new Error("empty answer")
      return { text, provider: this.name }
    } catch (e: any) {
      const offline = await this.fallback.summarize(facts)
      return { ...offline, warning: `The configured summary provider failed (${e?.name === "AbortError" ? "timed out" : e?.message}); showing the offline summary.` }
    } finally {
      clearTimeout(timer)
    }
  }
}

export function summaryProviderFromOptions(options?: { summary?: Partial<LlmSummaryOptions> & { provider?: string } }): ActivitySummaryProvider {
  const s = options?.summary
  if (s?.provider === "llm" && s.base_url && s.model) {
    return new LlmSummaryProvider({ base_url: s.base_url, api_key: s.api_key, model: s.model, timeout_ms: s.timeout_ms })
  }
  return new OfflineSummaryProvider()
}
