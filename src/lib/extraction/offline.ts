import { NOTES_MAX_LENGTH, notesTooLong } from "./limits"
import { materialOf, purityLabelOf, readNotes, type Features, type Item } from "./reader"
import { matchFeatures, MATCH_THRESHOLD } from "./match"
import { findDate, findPriority } from "./dates"
import { rowPriorities } from "./priority"
import { BULK_CATEGORIES, STONE_CATEGORIES, WEIGHT_WORDS } from "./lexicon"
import type { CatalogEntry, ExtractedRow, ExtractionContext, ExtractionProvider, ExtractionResult, RowSource } from "./types"

/**
 * The offline notes parser: no key, nothing sent anywhere. reader.ts reads the
 * notes into items (quantities × products with their attributes, parts,
 * corrections, shared product names), match.ts matches each to the catalog by
 * kind, style, metal, purity, colour, stone and variant. Input is bounded
 * (NOTES_MAX_LENGTH) and reading is linear in its length.
 */

export { MATCH_THRESHOLD }
export { findDate, findPriority }

/** Unit words as jewelers write them → the SPEC's unit codes. */
export function unitOf(word: string): string | null {
  const w = word.trim().toLowerCase().replace(/\s+/g, " ").replace(/\./g, "")
  if (/^(troy oz|oz t|ozt|t oz|troy ounces?|ounces? troy)$/.test(w)) return "ozt"
  if (/^(troy (lb|pounds?)|lbt|lb t)$/.test(w)) return "lbt"
  if (/^(ct t ?w|carats? total|karats? total)$/.test(w)) return "ct"
  return WEIGHT_WORDS[w] ?? null
}

function quantityOf(it: Item): number | null {
  if (it.service) return 1
  if (it.countExplicit && it.count !== null) return it.count
  // Material bought by weight with no count of pieces is one line of that weight.
  return 1
}

/** The row's description: its own words as written (with the product it shares with the row before, when it borrowed one). */
function describe(it: Item, own: string): string {
  const text = (it.donorName ? `${baseName(it.donorName)} ${own}` : own)
    .replace(/^\s*(?:[-*•·>]+|\d+[.)](?=\s))\s*/, "")
    .replace(/^(?:with|on|and|plus|\+)\s+/i, "")
    .replace(/\s+/g, " ")
  return trimEnd(text, " ,;.:(").trim()
}

/** Drops trailing characters of `chars` (a loop: a regex like /[,;]+$/ is quadratic on a long run of them). */
function trimEnd(s: string, chars: string): string {
  let end = s.length
  while (end > 0 && chars.includes(s[end - 1])) end -= 1
  return s.slice(0, end)
}

/** The product part of a donor's words, without its count or variant: "Platinum wedding bands size 8 x3" → "Platinum wedding bands". */
function baseName(s: string): string {
  return s
    .replace(/\b(?:size|sz)\s*\d+(?:\.\d+)?(?:\s*1\/2)?/gi, " ")
    .replace(/\bx\s*\d+\b|\b\d+\s*(?:pcs?|pieces?)\b|\bqty\.?\s*\d+/gi, " ")
    .replace(/\d+(?:\.\d+)?\s*(?:"|in\b|inch(?:es)?|mm|cm)/gi, " ")
    .replace(/^\s*(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?=\S)/i, " ")
    .replace(/[:,]\s*$/, "")
    .replace(/\s+/g, " ")
    .trim()
}

/** The row's own words (from its first to its last fragment on the line) and the other words that changed it. */
function sourceOf(it: Item, text: string): RowSource {
  const start = Math.min(...it.spans.map((s) => s.start))
  let end = Math.max(...it.spans.map((s) => s.end))
  // Close a bracket the row's words opened: "ring boxes (12 per box)".
  const own = text.slice(start, end)
  if (text[end] === ")" && own.lastIndexOf("(") > own.lastIndexOf(")")) end += 1
  const also = it.also
    .filter((s) => s.end <= start || s.start >= end)
    .map((s) => ({ ...s, why: (s.end <= start && !it.correctedBy.has(s.start) ? "shared product" : "correction") as "shared product" | "correction" }))
  return { text: text.slice(start, end), start, end, ...(also.length ? { also } : {}) }
}

/** One extracted row from one read item, matched to the catalog. */
export function rowOf(it: Item, ctx: ExtractionContext, inherited: { date: string | null; priority: ExtractedRow["priority"] }, text: string): ExtractedRow {
  const source = sourceOf(it, text)
  const match = matchFeatures(it as Features, ctx.catalog, { service: it.service })
  const isStone = (it.cat && STONE_CATEGORIES.has(it.cat)) || !!it.clarity || !!it.colourGrade
  const title = (e: CatalogEntry) => [e.title, e.variant_title].filter(Boolean).join(" · ")
  const product = match.entry ?? match.product
  return {
    description: describe(it, source.text),
    quantity: quantityOf(it),
    size: it.size,
    shape: it.shape ? it.shape[0].toUpperCase() + it.shape.slice(1) : null,
    dimensions_mm: it.dims ?? it.mm ?? null,
    length: it.length ? { value: it.length.value, unit: it.length.unit } : null,
    weight: it.weight?.value ?? null,
    weight_unit: it.weight?.unit ?? null,
    weight_approx: it.weight ? it.weight.approx || /\b(?:approx\.?|approximately|about|around|roughly)\b|~/i.test(source.text) : false,
    metal: it.metal,
    purity: purityLabelOf(it.metal, it.fineness),
    material: materialOf(it.metal, it.fineness, it.colour),
    stone: isStone ? { shape: it.shape, carat: it.weight?.unit === "ct" ? it.weight.value : null, color: it.colourGrade, clarity: it.clarity } : null,
    priority: findPriority(source.text) ?? inherited.priority,
    date_required: inherited.date,
    product_id: product?.product_id ?? null,
    variant_id: match.entry?.variant_id ?? null,
    product_title: match.entry ? title(match.entry) : product ? product.title : null,
    match_confidence: match.confidence,
    source_text: source.text,
    source,
  }
}

export class OfflineExtractionProvider implements ExtractionProvider {
  readonly name = "offline"

  async extract(notes: string, ctx: ExtractionContext): Promise<ExtractionResult> {
    return parseNotes(notes, ctx)
  }
}

/** Splits notes into one text per requested item (the rows' descriptions). */
export function splitItems(notes: string): string[] {
  return parseNotes(notes, { catalog: [], kind: "sales" }).rows.map((r) => r.description)
}

/** Reads the notes synchronously; never throws on odd input. Notes over NOTES_MAX_LENGTH characters are refused. */
export function parseNotes(notes: string, ctx: ExtractionContext): ExtractionResult {
  const text = String(notes ?? "")
  if (notesTooLong(text)) return { rows: [], warnings: [notesTooLong(text)!], provider: "offline" }
  if (!text.trim()) return { rows: [], warnings: ["notes: there is nothing to read"], provider: "offline" }
  const today = ctx.today ?? new Date()
  const warnings: string[] = []
  const read = readNotes(text, today)
  // Priority is each row's own (rowPriorities below), never the whole notes' first "rush".
  const inherited = { priority: null, date: read.date }
  const rows: ExtractedRow[] = []
  for (const it of read.items) {
    try {
      const row = rowOf(it, ctx, inherited, text)
      // A date written inside the row's own words is the row's.
      const own = read.dates.find((d) => !d.past && d.start >= row.source!.start && d.end <= row.source!.end)
      if (own) row.date_required = own.iso
      rows.push(row)
    } catch (e: any) {
      warnings.push(`could not read "${text.slice(it.spans[0]?.start ?? 0, (it.spans[0]?.start ?? 0) + 60)}": ${e?.message ?? e}`)
    }
  }
  const priorities = rowPriorities(text, rows.map((r) => ({ start: r.source!.start, end: r.source!.end })))
  rows.forEach((r, k) => (r.priority = priorities[k]))

  if (!rows.length) warnings.push("no requested products were recognised in the notes; add the rows by hand")
  const unmatched = rows.filter((r) => !r.product_id).length
  if (unmatched) warnings.push(`${unmatched} row${unmatched === 1 ? "" : "s"} matched no catalog product and stay${unmatched === 1 ? "s" : ""} as a description`)
  const noVariant = rows.filter((r) => r.product_id && !r.variant_id).length
  if (noVariant) warnings.push(`${noVariant} row${noVariant === 1 ? "" : "s"} matched a product but not one of its variants; choose the variant`)
  return { rows, warnings, provider: "offline" }
}

export { NOTES_MAX_LENGTH }
