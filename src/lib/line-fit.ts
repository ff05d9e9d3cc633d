import BigNumber from "bignumber.js"

/**
 * Which stock may serve an order line (Select Inventory, Manage Shipment,
 * scanning a tag at the packing bench). Pure: the admin's candidates list,
 * the tag lookup and the selection write all ask this one rule.
 *
 * A piece fits a line when it is the line's variant, or the same product
 * with the line's size and shape and a weight within the tolerance of the
 * line's; it is available, has pieces, sits in one of the user's locations
 * (SPEC 7), is the shop's (not a customer's piece in for repair) and is not
 * a rejected or scrap output of production (-REJn, -SCRAPn).
 */

/** What the line asks for: its variant's product, and the size, shape and weight its variant's options and weight name. */
export type LineSpec = {
  variant_id: string | null
  product_id: string | null
  size: string | null
  shape: string | null
  /** The variant's weight in grams, when Medusa has one. */
  weight_grams: string | null
}

export type StockCandidate = {
  tag_id: string
  status: string
  variant_id: string | null
  product_id: string | null
  size: string | null
  shape: string | null
  weight_grams: string | number | null
  pieces: number
  location_id: string
  ownership?: string | null
}

export type FitReason =
  | "rejected_or_scrap"
  | "customer_piece"
  | "not_available"
  | "empty"
  | "outside_locations"
  | "other_product"
  | "size_differs"
  | "shape_differs"
  | "weight_differs"

export type Fit = { fits: true; match: "variant" | "product" | "any" } | { fits: false; reason: FitReason; message: string }

/** How far a piece's weight may be from the line's, in percent of the line's. */
export const WEIGHT_TOLERANCE_PCT = 10

/** Outputs of production set aside: "…-REJ1", "…-RCV1-SCRAP2". */
export const isRejectOrScrapTag = (tag: string) => /-(REJ|SCRAP)\d*(-|$)/i.test(tag)

const norm = (v: string | null | undefined) => (v ?? "").trim().toLowerCase().replace(/\s+/g, " ")

/** Sizes match when equal as words, or as numbers ("7" and "7.0"; "US 7" and "7"). */
export function sameSize(a: string | null, b: string | null): boolean {
  const x = norm(a)
  const y = norm(b)
  if (x === y) return true
  const num = (s: string) => {
    const m = s.match(/^(?:[a-z]{1,3}\s*)?(\d+(?:[.,]\d+)?)(?:\s*[a-z]{1,3})?$/)
    return m ? new BigNumber(m[1].replace(",", ".")) : null
  }
  const nx = num(x)
  const ny = num(y)
  return !!nx && !!ny && nx.isEqualTo(ny)
}

/** Weights are close when they differ by at most `tolerancePct` of the line's weight. */
export function closeWeight(lineGrams: string, itemGrams: string | number, tolerancePct = WEIGHT_TOLERANCE_PCT): boolean {
  const want = new BigNumber(lineGrams)
  if (!want.isFinite() || want.lte(0)) return true
  const diff = new BigNumber(itemGrams).minus(want).abs()
  return diff.lte(want.times(tolerancePct).div(100))
}

export function lineFit(line: LineSpec, item: StockCandidate, opts: { location_ids?: string[] | null; tolerance_pct?: number } = {}): Fit {
  const no = (reason: FitReason, message: string): Fit => ({ fits: false, reason, message })
  const tag = item.tag_id
  if (isRejectOrScrapTag(tag)) return no("rejected_or_scrap", `${tag} is a rejected or scrap output of production; it is not for sale`)
  if (item.ownership === "customer") return no("customer_piece", `${tag} is a customer's piece in for repair; it is not for sale`)
  if (opts.location_ids && !opts.location_ids.includes(item.location_id)) return no("outside_locations", `${tag} is at a location you do not work at`)
  if (item.status !== "available") return no("not_available", `${tag} is ${item.status}; only available stock can be selected`)
  if (!(Number(item.pieces) > 0)) return no("empty", `${tag} has no pieces left`)
  if (!line.variant_id && !line.product_id) return { fits: true, match: "any" }
  if (line.variant_id && item.variant_id === line.variant_id) return { fits: true, match: "variant" }
  if (!line.product_id || item.product_id !== line.product_id) return no("other_product", `${tag} is not the line's product`)
  if (line.size && !sameSize(line.size, item.size)) {
    return no("size_differs", item.size ? `${tag} is size ${item.size}; the line is size ${line.size}` : `${tag} has no size recorded; the line is size ${line.size}`)
  }
  if (line.shape && norm(line.shape) !== norm(item.shape)) {
    return no("shape_differs", item.shape ? `${tag} is ${item.shape}; the line is ${line.shape}` : `${tag} has no shape recorded; the line is ${line.shape}`)
  }
  const tolerance = opts.tolerance_pct ?? WEIGHT_TOLERANCE_PCT
  if (line.weight_grams && item.weight_grams !== null && !closeWeight(line.weight_grams, item.weight_grams, tolerance)) {
    return no("weight_differs", `${tag} weighs ${new BigNumber(item.weight_grams).toFixed()} g; the line's piece weighs about ${line.weight_grams} g (±${tolerance}%)`)
  }
  return { fits: true, match: "product" }
}

/** The line's size and shape from its variant's options ("Size", "Ring size", "Shape"). */
export function specFromOptions(options: { title: string; value: string }[]): { size: string | null; shape: string | null } {
  const find = (re: RegExp) => options.find((o) => re.test(o.title))?.value ?? null
  return { size: find(/size/i), shape: find(/shape|cut/i) }
}

/** Candidates in the order staff want them: the line's own variant first, then by tag. */
export function byFit<T extends { tag_id: string; fit: Fit }>(a: T, b: T): number {
  const rank = (f: Fit) => (f.fits && f.match === "variant" ? 0 : 1)
  return rank(a.fit) - rank(b.fit) || a.tag_id.localeCompare(b.tag_id)
}
