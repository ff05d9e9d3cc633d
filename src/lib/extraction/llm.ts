import { isWeightUnit } from "../units"
import { featuresOf, matchFeatures } from "./match"
import { OfflineExtractionProvider } from "./offline"
import { materialOf, purityLabelOf } from "./reader"
import type { ExtractedRow, ExtractionContext, ExtractionProvider, ExtractionResult, RowSource } from "./types"

export type LlmExtractionOptions = { base_url: string; api_key?: string; model: string; timeout_ms?: number }

const PROMPT = `You read a jewelry shop's order notes and list the requested products as JSON:
{"rows":[{"source":string,"description":string,"quantity":number|null,"size":string|null,"shape":string|null,"weight":string|null,"weight_unit":"g"|"mg"|"kg"|"ct"|"gr"|"dwt"|"ozt"|"lbt"|"oz"|"tola"|"masha"|"ratti"|null,"weight_approx":boolean,"material":string|null,"priority":"normal"|"high"|"rush"|null,"date_required":"YYYY-MM-DD"|null,"catalog_index":number|null}]}
source is the exact words of the notes the row comes from, copied character for character.
catalog_index is the index of the matching catalog entry or null. Answer with the JSON only.`

/**
 * An OpenAI-compatible chat endpoint reads the notes. Only the notes and the
 * catalog's titles are sent. On a time-out, an error or an answer that is not
 * the JSON asked for, the offline parser's rows are returned with a warning.
 */
export class LlmExtractionProvider implements ExtractionProvider {
  readonly name = "llm"
  constructor(private options: LlmExtractionOptions, private fallback: ExtractionProvider = new OfflineExtractionProvider(), private fetchImpl: typeof fetch = fetch) {}

  async extract(notes: string, ctx: ExtractionContext): Promise<ExtractionResult> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), this.options.timeout_ms ?? 8000)
    try {
      const res = await this.fetchImpl(`${this.options.base_url.replace(/\/$/, "")}/chat/completions`, {
        method: "POST",
        signal: controller.signal,
        headers: { "content-type": "application/json", ...(this.options.api_key ? { authorization: `Bearer ${this.options.api_key}` } : {}) },
        body: JSON.stringify({
          model: this.options.model,
          temperature: 0,
          response_format: { type: "json_object" },
          messages: [
            { role: "system", content: PROMPT },
            {
              role: "user",
              content: JSON.stringify({
                today: (ctx.today ?? new Date()).toISOString().slice(0, 10),
                kind: ctx.kind,
                catalog: ctx.catalog.slice(0, 500).map((c, i) => ({ i, title: [c.title, c.variant_title].filter(Boolean).join(" "), sku: c.sku ?? null })),
                notes,
              }),
            },
          ],
        }),
      })
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      const body: any = await res.json()
      const content = body?.choices?.[0]?.message?.content
      const parsed = JSON.parse(String(content ?? "").replace(/^```(?:json)?\s*|\s*```$/g, ""))
      if (!Array.isArray(parsed?.rows)) throw new Error("the answer has no rows")
      let from = 0
      const rows = parsed.rows.map((r: any) => {
        const source = locate(notes, r?.source, from)
        if (source) from = source.end
        return this.toRow(r, ctx, source)
      })
      return { rows, warnings: [], provider: this.name }
    } catch (e: any) {
      const offline = await this.fallback.extract(notes, ctx)
      const why = e?.name === "AbortError" ? `timed out after ${this.options.timeout_ms ?? 8000} ms` : String(e?.message ?? e)
      return { ...offline, warnings: [`The configured extraction provider failed (${why}); these rows come from the offline parser.`, ...offline.warnings] }
    } finally {
      clearTimeout(timer)
    }
  }

  private toRow(r: any, ctx: ExtractionContext, source: RowSource | null): ExtractedRow {
    const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null)
    const unit = text(r.weight_unit)
    const weight = text(r.weight) ?? (typeof r.weight === "number" ? String(r.weight) : null)
    const weighed = !!(weight && /^\d+(\.\d+)?$/.test(weight) && unit && isWeightUnit(unit))
    const row: ExtractedRow = {
      description: text(r.description) ?? "",
      // A line bought by weight with no count of pieces is one line of that weight, as the offline parser reads it.
      quantity: Number.isInteger(r.quantity) && r.quantity > 0 ? r.quantity : weighed ? 1 : null,
      size: text(r.size),
      shape: text(r.shape),
      dimensions_mm: null,
      length: null,
      weight: weight && /^\d+(\.\d+)?$/.test(weight) && unit && isWeightUnit(unit) ? weight : null,
      weight_unit: weight && unit && isWeightUnit(unit) ? unit : null,
      weight_approx: r.weight_approx === true,
      metal: null,
      purity: null,
      material: text(r.material),
      stone: null,
      priority: ["normal", "high", "rush"].includes(r.priority) ? r.priority : null,
      date_required: typeof r.date_required === "string" && /^\d{4}-\d{2}-\d{2}$/.test(r.date_required) ? r.date_required : null,
      product_id: null,
      variant_id: null,
      product_title: null,
      match_confidence: 0,
      source_text: source?.text ?? text(r.source) ?? text(r.description) ?? "",
      source,
    }
    // The same reading as the offline parser gives the row its metal and purity, and the matcher its features.
    const f = featuresOf([row.description, row.material, row.size ? `size ${row.size}` : null].filter(Boolean).join(", "))
    if (row.weight && row.weight_unit && isWeightUnit(row.weight_unit)) f.weight = { value: row.weight, unit: row.weight_unit, approx: row.weight_approx }
    row.metal = f.metal
    row.purity = purityLabelOf(f.metal, f.fineness)
    row.material = row.material ?? materialOf(f.metal, f.fineness, f.colour)
    const entry = Number.isInteger(r.catalog_index) ? ctx.catalog[r.catalog_index] : undefined
    if (entry) {
      Object.assign(row, { product_id: entry.product_id, variant_id: entry.variant_id, product_title: [entry.title, entry.variant_title].filter(Boolean).join(" · "), match_confidence: 0.9 })
    } else {
      const m = matchFeatures(f, ctx.catalog)
      const product = m.entry ?? m.product
      if (product) Object.assign(row, { product_id: product.product_id, variant_id: m.entry?.variant_id ?? null, product_title: m.entry ? [m.entry.title, m.entry.variant_title].filter(Boolean).join(" · ") : product.title, match_confidence: m.confidence })
    }
    return row
  }
}

/** Where the words an LLM quotes are in the notes (searching on from the previous row's, then from the start; case and spacing may differ). */
export function locate(notes: string, quoted: unknown, from = 0): RowSource | null {
  if (typeof quoted !== "string") return null
  const q = quoted.trim()
  if (!q || q.length > notes.length) return null
  let at = notes.indexOf(q, from)
  if (at < 0) at = notes.indexOf(q)
  if (at < 0) {
    const lower = notes.toLowerCase()
    at = lower.indexOf(q.toLowerCase(), from)
    if (at < 0) at = lower.indexOf(q.toLowerCase())
  }
  if (at < 0) return null
  return { text: notes.slice(at, at + q.length), start: at, end: at + q.length }
}
