import type { TFunction } from "i18next"
import type { ExtractedRow, RowSource } from "../../../../lib/extraction/types"
import type { WizardLineInput } from "../../../../types/purchasing"

export type WizardKind = "purchase" | "sales"
export type Priority = NonNullable<WizardLineInput["priority"]>

/** A requested product as the review table edits it: strings as typed. */
export type Row = {
  product_id: string
  /** The matched product's name as the extraction gave it, until Medusa's own title loads. */
  product_title: string
  variant_id: string
  description: string
  quantity: string
  size: string
  shape: string
  weight: string
  weight_unit: string
  material: string
  priority: Priority | ""
  price: string
  confidence: number | null
  /** The words of the notes the row was read from, and the others that changed it (a shared product name, a correction). */
  source: { text: string; also: { text: string; why: string }[] } | null
}

export const emptyRow = (unit = "g"): Row => ({
  product_id: "",
  product_title: "",
  variant_id: "",
  description: "",
  quantity: "1",
  size: "",
  shape: "",
  weight: "",
  weight_unit: unit,
  material: "",
  priority: "",
  price: "",
  confidence: null,
  source: null,
})

/** An extracted row as the review table edits it; a row without a weight starts in the shop's unit. */
export function rowFromExtraction(r: ExtractedRow, defaultUnit = "g"): Row {
  return {
    ...emptyRow(defaultUnit),
    product_id: r.product_id ?? "",
    product_title: r.product_title ?? "",
    variant_id: r.variant_id ?? "",
    description: r.description ?? "",
    quantity: r.quantity === null || r.quantity === undefined ? "1" : String(r.quantity),
    size: r.size ?? "",
    shape: r.shape ?? "",
    weight: r.weight ?? "",
    weight_unit: r.weight ? r.weight_unit ?? defaultUnit : defaultUnit,
    // Quality (14K yellow, G VS1) is the row's material.
    material: r.material ?? "",
    priority: r.priority ?? "",
    confidence: typeof r.match_confidence === "number" && r.product_id ? r.match_confidence : null,
    source: sourceOf(r),
  }
}

function sourceOf(r: ExtractedRow): Row["source"] {
  const text = typeof r.source?.text === "string" ? r.source.text : typeof r.source_text === "string" ? r.source_text : ""
  if (!text.trim()) return null
  const also = ((r.source as RowSource | null)?.also ?? []).filter((a) => typeof a?.text === "string").map((a) => ({ text: a.text, why: String(a.why ?? "") }))
  return { text, also }
}

const WHY: Record<string, string> = { "shared product": "sharedProduct", correction: "correction", detail: "detail" }

/** "from “2 x 18K white halo pendants” · corrected by “actually make it 3”": why the row reads as it does. */
export function sourceLine(source: Row["source"], t: TFunction): string {
  if (!source) return ""
  const also = source.also.map((a) => t(`jewelry.purchasing.wizard.source.${WHY[a.why] ?? "detail"}`, { text: a.text }))
  return [t("jewelry.purchasing.wizard.source.from", { text: source.text }), ...also].join(" · ")
}

/** The rows as the order's lines: a matched row names its product, a described one its words; the price is a cost or a price by kind. */
export function linesOf(rows: Row[], kind: WizardKind): WizardLineInput[] {
  return rows.map((r) => ({
    product_id: r.product_id || null,
    variant_id: r.variant_id || null,
    description: r.description || null,
    quantity: Number(r.quantity || 0),
    size: r.size || null,
    shape: r.shape || null,
    weight: r.weight || null,
    weight_unit: r.weight ? r.weight_unit : null,
    material: r.material || null,
    priority: r.priority || null,
    ...(kind === "purchase" ? { unit_cost: r.price || null } : { unit_price: r.price || null }),
  }))
}
