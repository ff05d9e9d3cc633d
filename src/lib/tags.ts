/**
 * Tag IDs (SPEC section 3): org prefix + product short name + a 4-digit
 * sequence (GEMDIA0001), 50 characters at most. Outputs of production keep
 * the source tag plus -RCVn, -REJn or -SCRAPn.
 */
export const TAG_MAX_LENGTH = 50
export const OUTPUT_SUFFIXES = { received: "RCV", rejected: "REJ", scrapped: "SCRAP" } as const
export type OutputKind = keyof typeof OUTPUT_SUFFIXES

const clean = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, "")

/** A product's short name: its own if set, else the initials of its words (up to 3), else its first letters. */
export function productShortName(product: { title?: string | null; handle?: string | null; metadata?: Record<string, unknown> | null }): string {
  const own = product.metadata?.short_name
  if (typeof own === "string" && clean(own)) return clean(own).slice(0, 12)
  const words = String(product.title ?? product.handle ?? "").split(/[\s\-_/]+/).filter((w) => /^[A-Za-z]/.test(w))
  if (words.length >= 2) return clean(words.slice(0, 3).map((w) => w[0]).join(""))
  const single = clean(words[0] ?? product.handle ?? "ITEM")
  return (single || "ITEM").slice(0, 3)
}

export function tagStem(orgPrefix: string, shortName: string): string {
  return `${clean(orgPrefix)}${clean(shortName)}`
}

/** The tag for sequence number `n` of a stem: at least 4 digits. */
export function formatTag(stem: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`Tag sequence must be a positive integer, got ${n}`)
  const tag = `${stem}${String(n).padStart(4, "0")}`
  if (tag.length > TAG_MAX_LENGTH) throw new Error(`Tag "${tag}" is longer than ${TAG_MAX_LENGTH} characters`)
  return tag
}

/** The tag of the n-th received/rejected/scrapped output made from `sourceTag`. */
export function outputTag(sourceTag: string, kind: OutputKind, n: number): string {
  const tag = `${sourceTag}-${OUTPUT_SUFFIXES[kind]}${n}`
  if (tag.length > TAG_MAX_LENGTH) throw new Error(`Tag "${tag}" is longer than ${TAG_MAX_LENGTH} characters`)
  return tag
}

/** The tag an output chain started from: JWGRN0003-RCV1-REJ2 → JWGRN0003. */
export function rootTag(tag: string): string {
  return tag.replace(/(?:-(?:RCV|REJ|SCRAP)\d+)+$/, "")
}
