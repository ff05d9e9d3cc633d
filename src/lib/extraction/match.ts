import BigNumber from "bignumber.js"
import { DISTINCT_STYLES, RING_CATEGORIES, STONE_CATEGORIES, type Category } from "./lexicon"
import { readFragment, type Features } from "./reader"
import { tokenize } from "./tokenize"
import type { CatalogEntry } from "./types"

/**
 * Matching a read row to the catalog. A catalog entry's title and variant are
 * read with the same grammar as the notes, so "Solitaire Ring Mount 14K White ·
 * Size 6" becomes: a mount, style solitaire, gold 585, white, size 6. The score:
 *   - the kind of product must agree (a pendant is never a loose diamond; a
 *     ring, a band and a mount are close kinds and cost a little);
 *   - half of the score for the kind, a fifth for the style (solitaire, rope,
 *     wedding…), the rest for metal, purity, colour, stone and shape;
 *   - any of these stated on both sides and different (platinum against 14K
 *     white, a box chain against a rope chain, a sapphire against a
 *     moissanite) multiplies the score by 0.4: below the acceptance threshold;
 *   - the variant (size, length, millimetres, carat, solder grade) picks the
 *     entry; when the notes give another variant than any the catalog has, the
 *     product is matched without a variant.
 */

export const MATCH_THRESHOLD = 0.6
const CONFLICT = 0.4

type EntryInfo = { entry: CatalogEntry; f: Features; variant: Features | null; skuLo: string | null }
type Indexed = { byCat: Map<Category, EntryInfo[]>; all: EntryInfo[]; products: Map<string, EntryInfo[]> }

const cache = new WeakMap<CatalogEntry[], Indexed>()

function featuresOfText(text: string): Features {
  return readFragment(tokenize(text))
}

function index(catalog: CatalogEntry[]): Indexed {
  const hit = cache.get(catalog)
  if (hit) return hit
  const byCat = new Map<Category, EntryInfo[]>()
  const products = new Map<string, EntryInfo[]>()
  const all: EntryInfo[] = []
  for (const entry of catalog) {
    const f = featuresOfText(entry.title ?? "")
    const variant = variantFeatures(entry, f)
    const info: EntryInfo = { entry, f, variant, skuLo: entry.sku ? entry.sku.toLowerCase() : null }
    all.push(info)
    if (f.cat) {
      const list = byCat.get(f.cat) ?? []
      list.push(info)
      byCat.set(f.cat, list)
    }
    // Variants of one product share its title (the evaluation's catalog gives each its own product id).
    const key = productKey(entry)
    const list = products.get(key) ?? []
    list.push(info)
    products.set(key, list)
  }
  const built = { byCat, all, products }
  cache.set(catalog, built)
  return built
}

/**
 * The variant's figures. Medusa's variant titles are often the product title
 * followed by the option value ("Solitaire Ring Mount 14K White 7"), or the
 * value alone ("7", "0.50 ct", "18 in"): the product's words are dropped, and a
 * bare value is read by the kind of product (a ring's size, a chain's length
 * in inches, a loose diamond's carat, a CZ's millimetres).
 */
function variantFeatures(entry: CatalogEntry, product: Features): Features | null {
  let v = (entry.variant_title ?? "").trim()
  const title = (entry.title ?? "").trim()
  if (title && v.toLowerCase().startsWith(title.toLowerCase())) v = v.slice(title.length).trim()
  if (!v || v.toLowerCase() === "default" || v.toLowerCase() === "default variant") return null
  const f = featuresOfText(v)
  const typed = f.size || f.length || f.mm || f.dims || f.weight || f.grade
  if (typed) return f
  const bare = /^\d+(?:\.\d+)?$/.test(v) ? v : null
  if (!bare) return f
  const cat = product.cat
  if (cat && RING_CATEGORIES.has(cat)) f.size = new BigNumber(bare).toFixed()
  else if (cat && ["chain", "necklace", "bracelet"].includes(cat)) f.length = { value: new BigNumber(bare).toFixed(), unit: "in" }
  else if (cat === "diamond" && new BigNumber(bare).lt(5)) f.weight = { value: new BigNumber(bare).toFixed(), unit: "ct", approx: false }
  else f.mm = new BigNumber(bare).toFixed()
  f.count = null
  f.countExplicit = false
  return f
}

const productKey = (e: CatalogEntry) => (e.title ?? "").trim().toLowerCase().replace(/\s+/g, " ") || e.product_id

const close = (a: Category, b: Category) => RING_CATEGORIES.has(a) && RING_CATEGORIES.has(b)

function categories(cat: Category): Category[] {
  if (RING_CATEGORIES.has(cat)) return ["ring", "band", "mount"]
  if (cat === "stone") return ["diamond"]
  return [cat]
}

const eq = (a: string | null | undefined, b: string | null | undefined) => {
  if (a == null || b == null) return false
  try {
    return new BigNumber(a).isEqualTo(b)
  } catch {
    return a === b
  }
}
const inches = (l: { value: string; unit: string }) => new BigNumber(l.value).times(l.unit === "cm" ? "0.393700787" : l.unit === "mm" ? "0.0393700787" : 1)

/** Does the row name the entry's variant? ok, unknown (the row does not say), or mismatch. */
function variantFit(row: Features, v: Features | null): "ok" | "unknown" | "mismatch" | "none" {
  if (!v) return "none"
  const checks: ("ok" | "unknown" | "mismatch")[] = []
  const loose = row.loose
  if (v.size) checks.push(row.size ? (row.size.toUpperCase() === v.size.toUpperCase() || eq(row.size, v.size) ? "ok" : "mismatch") : "unknown")
  if (v.length) {
    if (row.length) checks.push(inches(row.length).minus(inches(v.length)).abs().lte("0.5") ? "ok" : "mismatch")
    else checks.push(loose.some((n) => eq(n, v.length!.value)) ? "ok" : "unknown")
  }
  if (v.mm) {
    if (row.mm) checks.push(eq(row.mm, v.mm) ? "ok" : "mismatch")
    else if (row.dims) checks.push("mismatch")
    else checks.push(loose.some((n) => eq(n, v.mm)) || eq(row.bareDecimal, v.mm) ? "ok" : "unknown")
  }
  if (v.dims) {
    const [a, b] = v.dims.split("x")
    if (row.dims) {
      const [c, d] = row.dims.split("x")
      checks.push((eq(a, c) && eq(b, d)) || (eq(a, d) && eq(b, c)) ? "ok" : "mismatch")
    } else if (row.mm) checks.push("mismatch")
    else checks.push("unknown")
  }
  if (v.weight && v.weight.unit === "ct") {
    const carat = row.weight?.unit === "ct" ? row.weight.value : null
    checks.push(carat ? (eq(carat, v.weight.value) ? "ok" : "mismatch") : "unknown")
  }
  if (v.grade) checks.push(row.grade ? (row.grade === v.grade ? "ok" : "mismatch") : "unknown")
  if (!checks.length) {
    // A variant named by words only ("Black", "Large"): the row's words.
    const words = [...v.words]
    if (!words.length) return "none"
    return words.every((w) => row.words.has(w)) ? "ok" : "unknown"
  }
  if (checks.includes("mismatch")) return "mismatch"
  return checks.every((c) => c === "ok") ? "ok" : "unknown"
}

/** How well the row's product (not its variant) fits the entry's, 0..1; conflicts multiply by CONFLICT. */
function productScore(row: Features, e: Features): { score: number; conflicts: string[] } {
  const conflicts: string[] = []
  let factor = 1
  if (row.cat !== e.cat) factor *= close(row.cat!, e.cat!) ? 0.85 : row.cat === "stone" && e.cat === "diamond" ? 0.9 : 0
  // Style.
  const rowStyles = [...row.styles].filter((s) => DISTINCT_STYLES.has(s))
  const entryStyles = [...e.styles].filter((s) => DISTINCT_STYLES.has(s))
  let style = 1
  if (entryStyles.length) {
    if (entryStyles.some((s) => row.styles.has(s))) style = 1
    else if (rowStyles.some((s) => s !== "ring" && s !== "pendant" && s !== "earring" && s !== e.cat) || rowStyles.some((s) => (s === "ring" || s === "pendant") && entryStyles.includes(s === "ring" ? "pendant" : "ring"))) {
      style = 0
      conflicts.push(`style ${rowStyles.join("/")} ≠ ${entryStyles.join("/")}`)
    } else style = 0.5
  } else if (rowStyles.some((s) => !["ring", "pendant", "earring", "diamond"].includes(s))) style = 0.8
  // Metal, purity, colour, stone, shape.
  const parts: number[] = []
  const attr = (name: string, a: string | null, b: string | null, missing = 0.5) => {
    if (a && b) {
      if (a === b) parts.push(1)
      else {
        parts.push(0)
        conflicts.push(`${name} ${a} ≠ ${b}`)
      }
    } else if (b) parts.push(missing)
    else if (a) parts.push(0.9)
  }
  attr("metal", row.metal, e.metal)
  if (row.fineness && e.fineness) attr("purity", new BigNumber(row.fineness).toFixed(), new BigNumber(e.fineness).toFixed())
  else if (e.fineness) parts.push(row.metal === "silver" && e.fineness === "925" ? 0.8 : 0.5)
  else if (row.fineness) parts.push(0.9)
  attr("colour", row.colour === "black" ? null : row.colour, e.colour === "black" ? null : e.colour)
  if (e.cat && STONE_CATEGORIES.has(e.cat)) attr("stone", row.stone ?? (row.cat && STONE_CATEGORIES.has(row.cat) && row.cat !== "stone" ? row.cat : null), e.stone)
  else attr("stone", row.stone, e.stone, 0.7)
  const shapeRelevant = (e.cat && STONE_CATEGORIES.has(e.cat)) || e.shape === "heart" || e.cat === "wire"
  if (shapeRelevant || row.shape) attr("shape", shapeRelevant ? row.shape : null, e.shape)
  const attrs = parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 1
  // Descriptive words in common (velvet, suede, akoya) break ties.
  let words = 0
  for (const w of e.words) if (row.words.has(w)) words += 0.01
  const score = Math.min(1, 0.5 + 0.2 * style + 0.3 * attrs + Math.min(0.03, words)) * factor * (conflicts.length ? CONFLICT : 1)
  return { score, conflicts }
}

export type MatchResult = { entry: CatalogEntry | null; product: CatalogEntry | null; confidence: number; why: string[] }

/**
 * The catalog entry a row most likely is, with a confidence from 0 to 1. A SKU
 * written in the notes is certain. Below MATCH_THRESHOLD nothing is matched.
 * When the product fits but the notes ask for a variant the catalog lacks (or
 * do not say which of several), `product` is set and `entry` is not.
 */
export function matchFeatures(row: Features, catalog: CatalogEntry[], opts: { service?: boolean } = {}): MatchResult {
  const idx = index(catalog)
  for (const code of row.codes) {
    const lo = code.toLowerCase()
    const hit = idx.all.find((i) => i.skuLo === lo)
    if (hit) return { entry: hit.entry, product: hit.entry, confidence: 1, why: ["SKU"] }
  }
  if (opts.service || !row.cat) return { entry: null, product: null, confidence: 0, why: [] }
  const scored: { product: string; score: number; conflicts: string[]; infos: EntryInfo[] }[] = []
  const seen = new Set<string>()
  for (const cat of categories(row.cat)) {
    for (const info of idx.byCat.get(cat) ?? []) {
      const key = productKey(info.entry)
      if (seen.has(key)) continue
      seen.add(key)
      const { score, conflicts } = productScore(row, info.f)
      scored.push({ product: key, score, conflicts, infos: idx.products.get(key) ?? [info] })
    }
  }
  if (!scored.length) return { entry: null, product: null, confidence: 0, why: [] }
  scored.sort((a, b) => b.score - a.score)
  const best = scored[0]
  const confidence = Number(best.score.toFixed(3))
  if (best.score < MATCH_THRESHOLD) return { entry: null, product: null, confidence, why: best.conflicts }
  // Two products fit equally: the notes do not say which.
  const second = scored.find((s) => s.product !== best.product)
  if (second && best.score - second.score < 0.02) return { entry: null, product: null, confidence, why: ["two catalog products fit equally"] }
  // The variant.
  const fits = best.infos.map((i) => ({ i, fit: variantFit(row, i.variant) }))
  const ok = fits.filter((x) => x.fit === "ok" || x.fit === "none")
  if (ok.length === 1) return { entry: ok[0].i.entry, product: ok[0].i.entry, confidence, why: [] }
  if (ok.length > 1) {
    const exact = ok.filter((x) => x.fit === "ok")
    if (exact.length === 1) return { entry: exact[0].i.entry, product: exact[0].i.entry, confidence, why: [] }
  }
  const unknown = fits.filter((x) => x.fit === "unknown")
  if (!ok.length && unknown.length === 1 && fits.length === 1) return { entry: unknown[0].i.entry, product: unknown[0].i.entry, confidence, why: [] }
  const reason = fits.every((x) => x.fit === "mismatch") ? "the catalog has no such variant" : "the notes do not say which variant"
  return { entry: null, product: best.infos[0].entry, confidence: Number((best.score * 0.9).toFixed(3)), why: [reason] }
}

/** Features of free text (a description written by a person or an LLM), for matching. */
export function featuresOf(text: string): Features {
  return featuresOfText(text)
}
