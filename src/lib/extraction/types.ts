/** One sellable thing the notes can be matched to: a Medusa product variant. */
export type CatalogEntry = {
  product_id: string
  variant_id: string | null
  title: string
  variant_title?: string | null
  sku?: string | null
  handle?: string | null
}

export type Priority = "normal" | "high" | "rush"

/** Words of the notes, by character offsets into them: notes.slice(start, end) === text. */
export type SourceSpan = { text: string; start: number; end: number }

/**
 * Which words a row came from, so a person can see why: the row's own words,
 * and others that changed it (a product name it shares with the row before,
 * a later correction such as "actually make it 2 dwt").
 */
export type RowSource = SourceSpan & { also?: (SourceSpan & { why: "shared product" | "correction" | "detail" })[] }

/** A requested product as read from the notes, for the user to correct in the review table. */
export type ExtractedRow = {
  description: string
  /** Pieces; a line bought by weight with no count is one line of that weight (1). Null when nothing says. */
  quantity: number | null
  size: string | null
  shape: string | null
  dimensions_mm: string | null
  length: { value: string; unit: "in" | "cm" | "mm" } | null
  weight: string | null
  weight_unit: string | null
  weight_approx: boolean
  metal: string | null
  purity: string | null
  material: string | null
  stone: { shape: string | null; carat: string | null; color: string | null; clarity: string | null } | null
  priority: Priority | null
  date_required: string | null
  product_id: string | null
  variant_id: string | null
  product_title: string | null
  match_confidence: number
  /** The row's words as one string (kept for older clients; see `source`). */
  source_text: string
  /** Where in the notes the row came from; null when a provider cannot say. */
  source: RowSource | null
}

export type ExtractionResult = { rows: ExtractedRow[]; warnings: string[]; provider: string }

export type ExtractionContext = { catalog: CatalogEntry[]; kind: "sales" | "purchase"; today?: Date }

/** Where line items come from: the offline parser, or an LLM endpoint with the parser as its fallback. */
export interface ExtractionProvider {
  readonly name: string
  extract(notes: string, ctx: ExtractionContext): Promise<ExtractionResult>
}
