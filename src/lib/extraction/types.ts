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

/** A requested product as read from the notes, for the user to correct in the review table. */
export type ExtractedRow = {
  description: string
  /** Pieces. Null when the notes give none (bulk material bought by weight). */
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
  source_text: string
}

export type ExtractionResult = { rows: ExtractedRow[]; warnings: string[]; provider: string }

export type ExtractionContext = { catalog: CatalogEntry[]; kind: "sales" | "purchase"; today?: Date }

/** Where line items come from: the offline parser, or an LLM endpoint with the parser as its fallback. */
export interface ExtractionProvider {
  readonly name: string
  extract(notes: string, ctx: ExtractionContext): Promise<ExtractionResult>
}
