import BigNumber from "bignumber.js"
import { DEFAULT_KARAT_TABLE, inferMetal, karatOf, type Metal } from "../purity"
import type { WeightUnit } from "../units"
import { findPriority, markDates, pickDate, type DateSpan } from "./dates"
import {
  ABBREVIATIONS, CLARITIES, COLOUR_WORDS, COMPOUNDS, CONTAINERS, CORRECTION_LEADS, DIAMOND_CUTS, FINENESS_NUMBERS,
  GOLD_COLOUR_LETTERS, GRADE_LETTERS, GRADES, HEADS, INTENT_WORDS, JUNK_AFTER, JUNK_BEFORE, KARATS, LABEL_ONLY, METAL_WORDS,
  NOT_TYPOS, NUMBER_WORDS, RE_VERBS, RING_CATEGORIES, SERVICE_WORDS, SHAPES, SIGN_OFFS, SINGULAR, STONE_CATEGORIES, STYLE_CODES,
  STYLES, WEIGHT_WORDS, type Category,
} from "./lexicon"
import { tokenize, type Tok } from "./tokenize"
import type { Priority, SourceSpan } from "./types"

/**
 * The grammar of order notes. Notes are read line by line, each line in
 * sentences, each sentence in fragments split at commas, "and", "plus", "+",
 * "&", dashes and list punctuation. A fragment is read as
 *   [count] [×] [purity/metal/colour] [attributes] product [attributes] [count]
 * with its figures (weight, size, length, millimetres, carat). Fragments then
 * become items:
 *   - a fragment naming a product starts an item; one without a product adds
 *     its figures to the item before, unless it repeats a figure that item
 *     already has ("size 8 x3, size 6 x2"): then it is another item of the same
 *     product, which it borrows ("carried");
 *   - a fragment with figures but no product, followed by one with a product,
 *     borrows that product ("5 dwt 18K yellow and 5 dwt 18K white grain");
 *   - counts of parts ("with 5 charms", "of 45 pearls", "set with 22 diamonds",
 *     "three-stone") are never the line's quantity;
 *   - corrections ("actually", "make it", "make that", "instead", "change to",
 *     "no wait", "changed her mind") change the item they follow;
 *   - products named for a purpose ("for her 1.5ct oval"), negated ("chain not
 *     needed"), owned ("customer brings her own stone", "I have…"), sold to
 *     the shop ("wants to sell her bracelet") are no items; repairs are one.
 */

export type Weight = { value: string; unit: WeightUnit; approx: boolean }

/** What one fragment (or a whole item) says about the product. */
export type Features = {
  cat: Category | null
  styles: Set<string>
  stone: string | null
  shape: string | null
  metal: Metal | null
  fineness: string | null
  colour: string | null
  grade: string | null
  clarity: string | null
  colourGrade: string | null
  count: number | null
  countExplicit: boolean
  /** The count came from a bare number ("make that 100"), not a marker like "x" or "pcs". */
  countBare: boolean
  weight: Weight | null
  size: string | null
  length: { value: string; unit: "in" | "cm" | "mm" } | null
  mm: string | null
  dims: string | null
  loose: string[]
  bareDecimal: string | null
  words: Set<string>
  codes: string[]
  service: boolean
  intent: boolean
  owned: boolean
  ownedSentence: boolean
  cancel: boolean
  /** "scratch that", "forget it": the cancelling names no product, it means the one before. */
  cancelLast: boolean
  pronoun: boolean
  both: boolean
  correction: boolean
  article: boolean
  /** Token range of the product's name (for descriptions of carried items). */
  nameFrom: number
  nameTo: number
}

export type Item = Features & {
  id: number
  sentence: number
  line: number
  spans: SourceSpan[]
  also: SourceSpan[]
  headless: boolean
  derived: number
  isHeader: boolean
  headerColon: boolean
  donorName: string | null
  /** The item a variant was first derived from ("2 platinum bands:" for "one size 6" and "one size 8"). */
  root: Item | null
  /** Starts of the spans in `also` that are corrections. */
  correctedBy: Set<number>
}

const emptyFeatures = (): Features => ({
  cat: null, styles: new Set(), stone: null, shape: null, metal: null, fineness: null, colour: null, grade: null, clarity: null,
  colourGrade: null, count: null, countExplicit: false, countBare: false, weight: null, size: null, length: null, mm: null, dims: null,
  loose: [], bareDecimal: null, words: new Set(), codes: [], service: false, intent: false, owned: false, ownedSentence: false,
  cancel: false, cancelLast: false, pronoun: false, both: false, correction: false, article: false, nameFrom: -1, nameTo: -1,
})

// ---- words ----

const FUZZY_TARGETS = [
  ...Object.keys(HEADS), ...Object.keys(SINGULAR), "yellow", "white", "sterling", "platinum", "palladium", "silver", "solitaire",
  "eternity", "anniversary", "investment", "casting", "pennyweight", "pennyweights", "grams", "carat", "carats", "karat", "princess",
  "cushion", "marquise", "necklace", "bracelet", "earring", "earrings", "moissanite", "customer", "wedding", "lobster", "tennis",
].filter((w, i, all) => w.length >= 5 && all.indexOf(w) === i)

/** One edit apart: a letter dropped, added, changed, or two neighbours swapped. */
function oneEdit(a: string, b: string): "swap" | "edit" | null {
  if (a === b) return null
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return null
  let i = 0
  while (i < la && i < lb && a[i] === b[i]) i += 1
  if (la === lb) {
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return "swap"
    return a.slice(i + 1) === b.slice(i + 1) ? "edit" : null
  }
  return la > lb ? (a.slice(i + 1) === b.slice(i) ? "edit" : null) : a.slice(i) === b.slice(i + 1) ? "edit" : null
}

const KNOWN = new Set<string>([
  ...Object.keys(HEADS), ...Object.keys(SINGULAR), ...STYLES, ...Object.keys(METAL_WORDS), ...Object.keys(COLOUR_WORDS), ...SHAPES,
  ...Object.keys(WEIGHT_WORDS), ...Object.keys(NUMBER_WORDS), ...SERVICE_WORDS, ...INTENT_WORDS, ...GRADES,
])

/** A word as the lexicon knows it: singular, typos of product words corrected ("grian" → "grain", "pendnat" → "pendant"). */
function normWord(lo: string, cache: Map<string, string>): string {
  const hit = cache.get(lo)
  if (hit !== undefined) return hit
  let w = lo
  if (SINGULAR[w]) w = SINGULAR[w]
  else if (!KNOWN.has(w) && w.length >= 4 && w.length <= 14 && !NOT_TYPOS.has(w)) {
    for (const target of FUZZY_TARGETS) {
      const kind = oneEdit(w, target)
      if (kind && (target.length >= 6 || kind === "swap")) {
        w = SINGULAR[target] ?? target
        break
      }
    }
  }
  if (!KNOWN.has(w) && w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && KNOWN.has(w.slice(0, -1))) w = w.slice(0, -1)
  cache.set(lo, w)
  return w
}

const isNumTok = (t: Tok | undefined) => !!t && t.k === "n" && !t.junk && !t.date
const numWordValue = (t: Tok | undefined) => (t && t.k === "w" && NUMBER_WORDS[t.lo] !== undefined ? NUMBER_WORDS[t.lo] : null)
const LEAD_FILLERS = new Set([
  "need", "needs", "want", "wants", "order", "send", "get", "grab", "add", "also", "plus", "and", "please", "pls", "plz", "we", "i", "customer",
  "client", "make", "buy", "restock", "can", "you", "u", "could", "would", "like", "to", "i'd", "we'd", "the", "some", "of", "us", "me",
  "just", "another", "new", "more", "ordering", "supply", "ship", "deliver", "purchase", "approx", "approximately", "about", "around", "ca",
  "roughly", "them", "those", "these", "us", "have", "has", "got", "any",
])
/** Numbers an item keeps that were read as nothing else (for matching a variant): a handful is plenty. */
const MAX_LOOSE = 16
const APPROX_BEFORE = new Set(["~", "approx", "approximately", "about", "around", "ca", "circa", "roughly", "+/-", "appr"])
const SIZE_WORDS = new Set(["size", "sz", "sizes", "sze"])
const QTY_WORDS = new Set(["qty", "quantity", "qnty", "qt", "quant"])
const PIECE_WORDS = new Set(["pcs", "pc", "piece", "pieces", "ea", "units", "unit", "nos", "count", "bags", "bag", "sets", "set", "lots", "lot", "pkts", "pkt", "packs", "pack"])
const PAIR_WORDS = new Set(["pair", "pairs", "pr", "prs", "pairs."])
const DOZEN_WORDS = new Set(["dozen", "doz", "dz", "dozens"])
const PURPOSE_BLOCKERS = new Set(["looking", "look", "ask", "asked", "asking", "shopping", "searching", "hunting", "wait", "waiting", "paid", "pay", "thanks", "thank"])
const OWNED_WORDS = new Set(["brings", "bringing", "supplies", "supplying", "supplied", "provides", "providing", "provided"])
const NEGATIONS = new Set(["no", "not", "without", "dont", "don't", "never", "nothing", "none"])
const CANCEL_WORDS = new Set(["cancel", "skip", "forget", "scratch", "remove", "drop"])
const IMPLIED: Record<string, Category> = {
  eternity: "band", wedding: "band", anniversary: "band", tennis: "bracelet", cable: "chain", paperclip: "chain", snake: "chain",
  wheat: "chain", franco: "chain", herringbone: "chain", singapore: "chain", akoya: "pearl", freshwater: "pearl", tahitian: "pearl",
}
const PRONOUN_HOLDERS = new Set(["i", "she", "he", "they", "customer", "client", "she's", "he's"])

function karatPurity(k: string): string | null {
  const f = DEFAULT_KARAT_TABLE[String(Number(k))]
  return f ? new BigNumber(f).toFixed() : null
}

/** Reads one fragment. `ts` are the fragment's tokens; `prev` the token before the fragment (for "$", "#"). */
export function readFragment(ts: Tok[], opts: { prevCat?: Category | null; cache?: Map<string, string>; correctionOpen?: boolean } = {}): Features {
  const f = emptyFeatures()
  const cache = opts.cache ?? new Map<string, string>()
  type HeadHit = { cat: Category; style?: string; stone?: string; at: number; parts: boolean; word: string }
  const heads: HeadHit[] = []
  let mode: "normal" | "purpose" | "parts" | "skip" = "normal"
  let ownedUntilHead = false
  let firstFigure = true
  const n = ts.length
  let lastMeaningful = n - 1
  while (lastMeaningful >= 0 && (ts[lastMeaningful].k === "p" || ts[lastMeaningful].date)) lastMeaningful -= 1
  let meaningfulBefore = 0
  // Tokens before this index are only fillers ("please send", "need", bullets): a number there leads the fragment.
  let leadEnd = 0
  while (leadEnd < n) {
    const t = ts[leadEnd]
    if (t.date || t.k === "p" || (t.k === "w" && (LEAD_FILLERS.has(t.lo) || INTENT_WORDS.has(t.lo) || CORRECTION_LEADS.has(t.lo)))) leadEnd += 1
    else break
  }
  let stoneWords: boolean | null = null
  const norm = (t: Tok | undefined) => (t && t.k === "w" ? normWord(t.lo, cache) : t?.lo ?? "")
  const headAt = (j: number): { h: { cat: Category; style?: string; stone?: string }; used: number } | null => {
    const t = ts[j]
    if (!t || t.k !== "w") return null
    const w = norm(t)
    const nx = ts[j + 1]
    const nw = nx && nx.k === "w" ? norm(nx) : ""
    const compound = COMPOUNDS[w]?.[nw]
    if (compound) return { h: compound, used: 2 }
    if (w === "emerald" && nw === "cut") return null
    if (w === "back" || w === "post" || w === "cup") return null
    const abbr = ABBREVIATIONS[t.lo]
    if (abbr && (t.raw === t.raw.toUpperCase() || t.lo === "lob" || t.lo === "cg" || t.lo === "jr")) {
      const words = abbr.words
      const last = words[words.length - 1]
      if (words.length === 1 && COMPOUNDS[last]?.[nw]) return { h: COMPOUNDS[last][nw], used: 2 }
      const h = COMPOUNDS[words[0]]?.[words[1]] ?? HEADS[last]
      if (h) {
        for (const s of words.slice(0, -1)) if (STYLES.has(s)) f.styles.add(s)
        return { h, used: 1 }
      }
    }
    const h = HEADS[w]
    return h ? { h, used: 1 } : null
  }
  const setWeight = (value: string, unit: WeightUnit, approx: boolean) => {
    if (!f.weight) f.weight = { value, unit, approx }
  }
  const setCount = (c: number, bare = false) => {
    if (!f.countExplicit || (f.countBare && !bare)) {
      f.count = c
      f.countExplicit = true
      f.countBare = bare
    }
  }
  const approxNear = (j: number) => {
    const p = ts[j - 1]
    const pp = ts[j - 2]
    return (!!p && APPROX_BEFORE.has(p.lo)) || (!!pp && APPROX_BEFORE.has(pp.lo) && p?.lo === ".")
  }

  for (let j = 0; j < n; j++) {
    const t = ts[j]
    if (t.date) continue
    const lo = t.lo
    const nx = ts[j + 1]
    if (mode === "skip") continue
    if (mode === "purpose") {
      // A purpose ("for her 1.5ct oval", "for the Kim ring") ends where the product's own words resume.
      const metalNext = nx && nx.k === "w" && (METAL_WORDS[norm(nx)] || COLOUR_WORDS[nx.lo])
      const karatNext = nx && nx.k === "n" && KARATS.has(nx.v ?? "")
      if ((lo === "in" || lo === "with") && (metalNext || karatNext)) mode = "normal"
      else if (SIZE_WORDS.has(lo)) mode = "normal"
      else continue
    }
    if (t.k === "p") {
      if (lo === "x" || lo === "×" || lo === "*") {
        if (isNumTok(nx) || numWordValue(nx) !== null) {
          const v = nx!.k === "n" ? Number(nx!.v) : numWordValue(nx)!
          const after = ts[j + 2]
          if (!(after && after.k === "w" && (after.lo === "mm" || after.lo === "cm")) && Number.isInteger(v)) {
            setCount(v)
            j += 1
          }
        }
      }
      continue
    }
    if (t.k === "d") {
      f.dims = `${t.v}x${t.v2}`
      if (ts[j + 1]?.lo === "mm") j += 1
      continue
    }
    if (t.k === "r") {
      if (!f.mm && (t.unit === "mm" || ts[j + 1]?.lo === "mm")) f.words.add(`range:${t.v}-${t.v2}`)
      continue
    }
    if (t.k === "x") {
      const code = STYLE_CODES[lo]
      if (code) {
        heads.push({ cat: code.cat, at: j, parts: mode === "parts", word: lo })
        for (const s of code.styles) f.styles.add(s)
      } else if (!t.junk && /[a-z]/i.test(t.raw) && /\d/.test(t.raw) && f.codes.length < MAX_LOOSE) f.codes.push(t.raw)
      continue
    }
    if (t.k === "n" || numWordValue(t) !== null) {
      if (t.k === "n" && t.junk) continue
      const value = t.k === "n" ? t.v! : String(numWordValue(t))
      j = readNumber(j, value)
      continue
    }
    if (t.k !== "w") continue
    const w = norm(t)
    meaningfulBefore += 1

    // Corrections.
    if (CORRECTION_LEADS.has(w) || (w === "make" && ["it", "that", "them", "those", "this"].includes(nx?.lo ?? "")) || (w === "change" || w === "changed")) {
      if (w === "wait" && ts[j - 1]?.lo !== "no") {
        f.words.add(w)
        continue
      }
      if ((w === "change" || w === "changed") && !(nx && (["to", "that", "it", "them", "her", "his", "their", "my", "the"].includes(nx.lo)))) continue
      f.correction = true
      if (w === "make") j += 1
      if (w === "change" || w === "changed") {
        // "change (that|it) to …", "changed her mind"
        let k = j + 1
        while (k < n && k <= j + 4 && ts[k].lo !== "to" && ts[k].lo !== "mind") k += 1
        if (k < n && k <= j + 4) j = k
      }
      if ((w === "instead" || w === "rather") && (nx?.lo === "of" || nx?.lo === "than")) mode = "skip"
      continue
    }
    if (w === "no" && nx?.lo === "wait") {
      f.correction = true
      j += 1
      continue
    }
    // Negation and cancelling.
    if (w === "hold" && nx?.lo === "off") {
      f.cancel = true
      mode = "skip"
      continue
    }
    if (CANCEL_WORDS.has(w) && j <= 3) {
      f.cancel = true
      if (["that", "it", "this", "them", "those"].includes(nx?.lo ?? "")) f.cancelLast = true
      continue
    }
    if (NEGATIONS.has(w) && !(nx && (nx.lo === "." || isNumTok(nx)))) {
      const nw = norm(nx)
      if (["needed", "need", "required", "necessary", "wanted"].includes(nw) || (nw === "do" && ts[j + 2] && ["need"].includes(ts[j + 2].lo))) f.cancel = true
      if (w === "no" && nw === "need") f.cancel = true
      if ((w === "don't" || w === "dont") && (nw === "need" || nw === "want")) f.cancel = true
      if (f.cancel && ["need", "needed", "required"].includes(nw)) {
        // "no need for the box chain": the product is what is cancelled, read it.
        j += 1
        if (ts[j + 1]?.lo === "for") j += 1
        continue
      }
      mode = "skip"
      continue
    }
    // Purpose: "for a custom ring", "for her granddaughter".
    if (w === "for") {
      const prevW = ts[j - 1]?.lo ?? ""
      if (!PURPOSE_BLOCKERS.has(prevW) && nx && nx.k !== "n" && !(nx.k === "w" && numWordValue(nx) !== null && nx.lo !== "one")) {
        mode = "purpose"
        continue
      }
      continue
    }
    // Parts of the product: "with 5 charms", "set with 22 diamonds", "each with 20", "of 45 pearls".
    if ((w === "with" || w === "featuring" || w === "containing" || w === "holding" || (w === "w" && nx?.lo === "/")) && heads.some((h) => !h.parts)) {
      let k = j + 1
      if (ts[k]?.lo === "/") k += 1
      while (ts[k] && APPROX_BEFORE.has(ts[k].lo)) k += 1
      const c = ts[k]
      const countNext = (isNumTok(c) && Number(c!.v) >= 2) || ((numWordValue(c) ?? 0) >= 2)
      if (countNext || (c && c.k === "w" && !["a", "an", "one", "the"].includes(c.lo))) {
        mode = "parts"
        j = countNext ? k : j
        continue
      }
    }
    if (w === "of") {
      const h = heads.filter((x) => !x.parts).pop()
      const c = ts[j + 1]
      if (h && CONTAINERS.has(h.cat) && (isNumTok(c) || (numWordValue(c) ?? 0) >= 2)) {
        mode = "parts"
        j += 1
      }
      continue
    }
    if (w === "both" || w === "all") {
      f.both = true
      continue
    }
    // Articles and words for counts.
    if (w === "a" || w === "an") {
      const nw = norm(nx)
      if (PAIR_WORDS.has(nw)) {
        setCount(2)
        j += 1
        if (ts[j + 1]?.lo === "of") j += 1
      } else if (DOZEN_WORDS.has(nw)) {
        setCount(12)
        j += 1
      } else if (nw === "gross") {
        setCount(144)
        j += 1
      } else if (nw === "couple") {
        setCount(2)
        j += 1
      } else if (nx && nx.k === "w" && WEIGHT_WORDS[nw] && !["gr", "g", "ct", "grain", "grains"].includes(nw)) {
        const unit = readUnit(j + 1)
        if (unit) {
          setWeight("1", unit.unit, approxNear(j))
          j = unit.end
        }
      } else f.article = true
      continue
    }
    if (w === "half") {
      let k = j + 1
      if (ts[k]?.lo === "a" || ts[k]?.lo === "an") k += 1
      const nw = norm(ts[k])
      if (DOZEN_WORDS.has(nw)) {
        setCount(6)
        j = k
      } else if (nw === "gross") {
        setCount(72)
        j = k
      } else if (ts[k]?.k === "w" && WEIGHT_WORDS[nw]) {
        const unit = readUnit(k)
        if (unit) {
          setWeight("0.5", unit.unit, approxNear(j))
          j = unit.end
        }
      }
      continue
    }
    if (PAIR_WORDS.has(w)) {
      if (!f.countExplicit) setCount(2)
      if (nx?.lo === "of") j += 1
      continue
    }
    if (DOZEN_WORDS.has(w)) {
      if (!f.countExplicit) setCount(12)
      continue
    }
    if (w === "gross" && heads.length === 0) {
      setCount(144)
      continue
    }
    if (QTY_WORDS.has(w)) {
      let k = j + 1
      while (ts[k] && ts[k].k === "p" && [":", "=", "-", "."].includes(ts[k].lo)) k += 1
      const c = ts[k]
      const v = isNumTok(c) ? Number(c!.v) : numWordValue(c)
      if (v !== null && Number.isInteger(v)) {
        setCount(v)
        j = k
      }
      continue
    }
    if (w === "x" && !t.glued) {
      const c = ts[j + 1]
      const v = isNumTok(c) ? Number(c!.v) : numWordValue(c)
      if (v !== null && Number.isInteger(v)) {
        const after = ts[j + 2]
        if (!(after && after.k === "w" && (after.lo === "mm" || after.lo === "cm"))) {
          setCount(v)
          j += 1
        }
      }
      continue
    }
    if (w === "x" && t.glued) {
      const c = ts[j + 1]
      if (isNumTok(c) && c!.glued && Number.isInteger(Number(c!.v))) {
        setCount(Number(c!.v))
        j += 1
      }
      continue
    }
    // Sizes.
    if (SIZE_WORDS.has(w) || (w === "ring" && norm(nx) === "size") || (w === "us" && norm(nx) === "size")) {
      let k = j + 1
      if (w !== "size" && w !== "sz" && norm(ts[k]) === "size") k += 1
      while (ts[k] && ts[k].k === "p" && [":", "#", ".", "-"].includes(ts[k].lo)) k += 1
      if (ts[k]?.lo === "us") k += 1
      const c = ts[k]
      if (isNumTok(c) && !c!.frac) {
        let v = new BigNumber(c!.v!)
        let end = k
        const fr = ts[k + 1]
        if (fr && fr.k === "n" && fr.frac) {
          v = v.plus(fr.v!)
          end = k + 1
        }
        if (!f.size) f.size = v.toFixed()
        j = end
      } else if (c && c.k === "w" && c.raw.length === 1 && /[A-Z]/.test(c.raw)) {
        if (!f.size) f.size = c.raw
        j = k
      } else if (c && numWordValue(c) !== null) {
        if (!f.size) f.size = String(numWordValue(c))
        j = k
      }
      continue
    }
    if (w === "in" && isNumTok(nx) && !nx!.frac && !(ts[j + 2] && ts[j + 2].glued)) {
      const after = ts[j + 2]
      const afterW = after && after.k === "w" ? norm(after) : ""
      const ringish = heads.some((h) => RING_CATEGORIES.has(h.cat)) || (!heads.length && opts.prevCat && RING_CATEGORIES.has(opts.prevCat))
      if (ringish && Number(nx!.v) <= 16 && !(after && (after.lo === '"' || ["in", "inch", "inches", "mm", "cm"].includes(afterW) || WEIGHT_WORDS[afterW]))) {
        let v = new BigNumber(nx!.v!)
        let end = j + 1
        if (after && after.k === "n" && after.frac) {
          v = v.plus(after.v!)
          end = j + 2
        }
        if (!f.size) f.size = v.toFixed()
        j = end
        continue
      }
      continue
    }
    // Metals, purities, colours.
    if (w === "fine" && (norm(nx) === "silver" || norm(nx) === "gold")) {
      f.metal = f.metal ?? (norm(nx) as Metal)
      f.fineness = f.fineness ?? "999"
      f.styles.add("fine")
      j += 1
      continue
    }
    if (METAL_WORDS[w] && !(w === "pt" || w === "pd" || w === "ag" || w === "au") ) {
      const m = METAL_WORDS[w]
      if (!f.metal) f.metal = m.metal
      if (m.fineness && !f.fineness) f.fineness = m.fineness
      continue
    }
    if ((w === "pt" || w === "pd" || w === "ag" || w === "au") && (isNumTok(nx) || t.raw === t.raw.toUpperCase())) {
      if (!isNumTok(nx)) {
        if (!f.metal) f.metal = METAL_WORDS[w].metal
        continue
      }
      continue // the number after reads it (PT950)
    }
    if (COLOUR_WORDS[w] && !(t.raw.length === 1)) {
      if (!f.colour) f.colour = COLOUR_WORDS[w]
      if (w === "black") f.words.add("black")
      continue
    }
    // Stones: shape, clarity, colour grade.
    if (w === "emerald" && norm(nx) === "cut") {
      f.shape = f.shape ?? "emerald"
      j += 1
      continue
    }
    if (SHAPES.has(w) || w === "round" || w === "oval") {
      if (!f.shape) f.shape = w
      if (w === "heart") f.styles.add("heart")
      const nw = norm(nx)
      if (nw === "cut" || nw === "shape" || nw === "shaped" || nw === "brilliant") j += 1
      continue
    }
    if (CLARITIES.has(w) && (w !== "if" || t.raw === "IF")) {
      let c = w
      if (isNumTok(nx) && nx!.glued && ["si", "vs", "vvs", "i"].includes(w)) {
        c = `${w}${nx!.v}`
        j += 1
      }
      if (w === "i" && c === "i") continue
      f.clarity = f.clarity ?? c.toUpperCase()
      continue
    }
    if (t.raw.length === 1 && GRADE_LETTERS.has(t.raw)) {
      const nl = nx?.lo ?? ""
      const nnw = ts[j + 2] ? norm(ts[j + 2]) : ""
      const prevW = ts[j - 1]?.lo ?? ""
      const isGrade =
        ["color", "colour", "or", "/"].includes(nl) || (nx?.hy && nx.k === "w" && nx.raw.length === 1) || CLARITIES.has(norm(nx)) ||
        ["color", "colour"].includes(prevW) || (nl === "-" && nnw.length === 1) || (isNumTok(nx) === false && nx?.k === "w" && ["si", "vs", "vvs"].includes(nx.lo))
      if (isGrade && t.raw !== "I") {
        f.colourGrade = f.colourGrade ?? t.raw
        continue
      }
      if (t.raw === "I" && CLARITIES.has(norm(nx))) continue
    }
    if (GRADES.has(w)) {
      f.grade = f.grade ?? w
      continue
    }
    // Work on a piece: resize, repair, re-tip, restring, polish…
    if (w === "re" && nx?.hy && RE_VERBS.has(nx.lo)) {
      f.service = true
      j += 1
      continue
    }
    const soldering = nx && (numWordValue(nx) !== null || (isNumTok(nx) && ["links", "link", "jump", "rings"].includes(ts[j + 2]?.lo ?? "")) || ["the", "a", "her", "his", "links", "link", "it", "jump", "back", "on", "together", "closed", "shut"].includes(nx.lo))
    if (w === "solder" && (j === 0 || INTENT_WORDS.has(ts[j - 1]?.lo ?? "") || ts[j - 1]?.lo === "and") && soldering) {
      f.service = true
      continue
    }
    if (SERVICE_WORDS.has(w) && w !== "solder" && w !== "check") {
      f.service = true
      continue
    }
    if (INTENT_WORDS.has(w)) {
      if (w === "buy" && (ts[j - 1]?.lo === "you" || ts[j - 1]?.lo === "u")) f.ownedSentence = true
      else f.intent = true
      if (w === "looking" && nx?.lo === "for") j += 1
      continue
    }
    if (w === "own") {
      // "customer's own diamond to be set in a mount": the diamond is not ordered, the mount is.
      mode = "parts"
      ownedUntilHead = true
      continue
    }
    if (w === "sold" || w === "picked" || w === "delivered" || w === "shipped" || w === "returned") {
      f.owned = true
      continue
    }
    if (OWNED_WORDS.has(w)) {
      f.owned = true
      continue
    }
    if (w === "sell" || w === "selling") {
      f.ownedSentence = true
      continue
    }
    if ((w === "have" || w === "has" || w === "got" || w === "'ve") && PRONOUN_HOLDERS.has(ts[j - 1]?.lo ?? "") && !["do", "does", "did"].includes(ts[j - 2]?.lo ?? "")) {
      f.ownedSentence = true
      continue
    }
    if (w === "one" || w === "ones" || w === "same") {
      f.pronoun = true
      continue
    }
    // Products.
    const head = headAt(j)
    if (head) {
      heads.push({ ...head.h, at: j, parts: mode === "parts", word: w })
      if (head.h.style && mode !== "parts") f.styles.add(head.h.style)
      j += head.used - 1
      if (ownedUntilHead) {
        ownedUntilHead = false
        mode = "normal"
        const hit = heads[heads.length - 1]
        hit.stone = undefined
      }
      continue
    }
    if (STYLES.has(w)) {
      f.styles.add(w)
      continue
    }
    if (w.length > 1 && !/^\d/.test(w)) f.words.add(w)
  }

  // The product is the last product noun outside purposes and parts ("diamond stud earrings", "ring box", "box chain").
  const own = heads.filter((h) => !h.parts)
  const head = own[own.length - 1]
  for (const h of heads) {
    if (h.stone && !f.stone) f.stone = h.stone
    if (h.parts) continue
    if (h !== head) f.styles.add(h.style ?? h.cat)
  }
  if (head) {
    f.cat = head.cat
    f.nameFrom = own[0].at
    f.nameTo = head.at
  } else {
    // A style alone names its kind of product: "Eternity 18KW 6", "tennis 7in", "cable 18\"".
    for (const st of f.styles) if (IMPLIED[st]) f.cat = f.cat ?? IMPLIED[st]
  }
  // Pearls by the inch are a strand.
  if (f.cat === "pearl" && f.length) f.cat = "necklace"
  if (f.cat === "stone") resolveStone(f)
  // "the 1ct round", "the 0.75 princess": a cut and a carat name a diamond.
  if (!f.cat && f.shape && DIAMOND_CUTS.has(f.shape) && (f.weight?.unit === "ct" || f.bareDecimal) && !f.length) resolveStone(f)
  if (f.cat && STONE_CATEGORIES.has(f.cat) && !f.weight && f.bareDecimal && new BigNumber(f.bareDecimal).lt(10)) {
    f.weight = { value: f.bareDecimal, unit: "ct", approx: false }
  }
  if (f.cat && STONE_CATEGORIES.has(f.cat) && f.cat !== "stone") f.stone = f.stone ?? f.cat
  return f

  /** A weight unit starting at token k ("oz t", "troy oz", "lb t", "ct tw"); returns the unit and the last token read. */
  function readUnit(k: number): { unit: WeightUnit; end: number; word: string } | null {
    const u = ts[k]
    if (!u || u.k !== "w") return null
    const w = u.lo.replace(/\.$/, "")
    const next = ts[k + 1]
    const nextW = next?.k === "w" ? next.lo : next?.lo === "." && ts[k + 2]?.k === "w" ? ts[k + 2].lo : ""
    const skipDot = next?.lo === "." ? 1 : 0
    if (w === "troy" && (nextW === "oz" || nextW === "ounce" || nextW === "ounces" || nextW === "ozs")) return { unit: "ozt", end: k + 1 + skipDot, word: w }
    if (w === "troy" && (nextW === "lb" || nextW === "pound" || nextW === "pounds")) return { unit: "lbt", end: k + 1 + skipDot, word: w }
    if (w === "t" && (nextW === "oz" || nextW === "ozs")) return { unit: "ozt", end: k + 1 + skipDot, word: w }
    if ((w === "oz" || w === "ounce" || w === "ounces" || w === "ozs") && (nextW === "t" || nextW === "troy")) return { unit: "ozt", end: k + 1 + skipDot, word: w }
    if (w === "lb" && (nextW === "t" || nextW === "troy")) return { unit: "lbt", end: k + 1 + skipDot, word: w }
    if (w === "lbs" || w === "lb") return null
    const normalized = WEIGHT_WORDS[w] ? w : normWord(w, cache)
    const unit = WEIGHT_WORDS[normalized]
    if (!unit) return null
    let end = k
    if (unit === "ct") {
      // "ct tw", "ct. t.w.", "carat total (weight)"
      let m = k + 1
      while (ts[m] && (ts[m].lo === "." || ts[m].lo === "tw" || ts[m].lo === "t" || ts[m].lo === "w" || ts[m].lo === "total" || ts[m].lo === "weight") && m <= k + 5) m += 1
      end = m - 1
    } else if (next?.lo === "." && !(ts[k + 2] && ts[k + 2].sp && /^[A-Z]/.test(ts[k + 2].raw))) end = k + 1
    return { unit, end, word: normalized }
  }

  /** Reads a number at token j and what follows it; returns the last token index read. */
  function readNumber(j: number, value: string): number {
    const t = ts[j]
    const prev = ts[j - 1]
    const prevW = prev ? (prev.k === "w" ? norm(prev) : prev.lo) : ""
    let v = new BigNumber(value)
    let k = j
    // "6 1/2", "1 1/2 ozt"
    const fr = ts[k + 1]
    if (t.k === "n" && !t.frac && fr && fr.k === "n" && fr.frac && !fr.glued) {
      v = v.plus(fr.v!)
      k += 1
    }
    const nx = ts[k + 1]
    const nw = nx && nx.k === "w" ? norm(nx) : nx?.lo ?? ""
    const isFirst = firstFigure
    firstFigure = false
    if (mode === "parts") {
      // Counts of parts, and the part's own size ("22 diamonds", "45 pearls, 6.5-7mm") stay with the parts;
      // a length is the whole piece's ("necklace of 40 pearls 18\"").
      const lengthNext = nx && (nx.lo === '"' || ["in", "inch", "inches", "cm"].includes(nx.lo))
      if (!lengthNext) {
        if (nx && nx.k === "w" && ["mm", "ct", "cts", "ctw"].includes(nx.lo)) return k + 1
        return k
      }
      mode = "normal"
    }
    if (JUNK_BEFORE.has(prevW) && !(prevW === "about" || prevW === "order")) {
      if (!(f.correction && prevW === "to")) return k
    }
    if (prev && prev.k === "p" && ["$", "#", "€", "£", "@"].includes(prev.lo)) return k
    if (nx && (JUNK_AFTER.has(nw) || JUNK_AFTER.has(nx.lo)) && !(nw === "ct")) return k + 1
    if (nx && nx.k === "p" && nx.lo === ":" && isNumTok(ts[k + 2]) && !ts[k + 2].sp) return k + 2 // 10:30
    if (nx && nx.lo === "'" && ts[k + 2]?.lo === "s") return k + 2
    const approx = approxNear(j)
    // Karat purity: 14K, 18kt, 14KY, 14W, 18 karat, 22ct gold.
    if (KARATS.has(v.toFixed()) && nx && nx.k === "w") {
      const letters = nx.lo
      const glued = !!nx.glued
      const colourLetters = GOLD_COLOUR_LETTERS[letters]
      const karatWord = /^(k|kt|kts|karat|karats|kr)$/.test(letters) || /^k[wyrp]g?$/.test(letters) || /^kt[wyr]$/.test(letters)
      const caratWord = /^(ct|carat|carats)$/.test(letters)
      const after = ts[k + 2]
      const afterW = after && after.k === "w" ? norm(after) : ""
      const goldNext = !!afterW && (afterW === "gold" || !!COLOUR_WORDS[afterW] || (after!.raw.length === 1 && !!GOLD_COLOUR_LETTERS[after!.lo]))
      if (karatWord || (glued && colourLetters && letters.length <= 2) || (caratWord && (goldNext || !stoneContext()))) {
        const fineness = karatPurity(v.toFixed())
        if (fineness && !f.fineness) {
          f.fineness = fineness
          f.metal = f.metal ?? "gold"
        }
        const colourCode = letters.replace(/^kt?/, "").replace(/^ct/, "")
        if (colourCode && GOLD_COLOUR_LETTERS[colourCode] && !f.colour) f.colour = GOLD_COLOUR_LETTERS[colourCode]
        else if (glued && colourLetters && !f.colour) f.colour = colourLetters
        let end = k + 1
        if (after && after.k === "w" && after.raw.length === 1 && GOLD_COLOUR_LETTERS[after.lo] && !f.colour) {
          f.colour = GOLD_COLOUR_LETTERS[after.lo]
          end += 1
        }
        return end
      }
    }
    // Platinum and palladium finenesses: PT950, Pt 900, 950 plat.
    if ((prevW === "pt" || prevW === "pd" || prevW === "plat" || prevW === "platinum" || prevW === "palladium") && ["850", "900", "950", "999", "500"].includes(v.toFixed())) {
      f.metal = prevW === "pd" || prevW === "palladium" ? "palladium" : "platinum"
      f.fineness = f.fineness ?? v.toFixed()
      return k
    }
    // "925 grain", "585 grain": a hallmark before casting grain is its purity, not a weight in grains.
    const hallmarkGrain = t.k === "n" && FINENESS_NUMBERS.has(v.toFixed()) && nx?.k === "w" && nx.lo === "grain"
    // Weight.
    const unit = nx && !hallmarkGrain ? readUnit(k + 1) : null
    if (unit) {
      // "14 ct" that is gold's purity was read above; here it is a weight.
      const after = ts[unit.end + 1]
      const approxAfter = !!after && (after.lo === "approx" || after.lo === "ish" || after.lo === "approximately")
      setWeight(v.toFixed(), unit.unit, approx || approxAfter)
      return unit.end
    }
    // Lengths and millimetres.
    if (nx && (nx.lo === '"' || (nx.lo === "'" && ts[k + 2]?.lo === "'"))) {
      if (!f.length) f.length = { value: v.toFixed(), unit: "in" }
      return nx.lo === "'" ? k + 2 : k + 1
    }
    if (nw === "in" || nw === "inch" || nw === "inches" || nw === "inchs" || (nw === "in" && nx?.glued)) {
      const after = ts[k + 2]
      const afterW = after && after.k === "w" ? norm(after) : ""
      const notLength = nw === "in" && !nx!.glued && (METAL_WORDS[afterW] || COLOUR_WORDS[afterW] || afterW === "stock" || afterW === "size" || afterW === "the" || afterW === "a" || KARATS.has(after?.v ?? "-"))
      if (!notLength) {
        if (!f.length) f.length = { value: v.toFixed(), unit: "in" }
        return k + 1
      }
    }
    if (nw === "cm") {
      if (!f.length) f.length = { value: v.toFixed(), unit: "cm" }
      return k + 1
    }
    if (nw === "mm" || nw === "millimeter" || nw === "millimeters" || nw === "millimetre" || nw === "millimetres") {
      if (!f.mm) f.mm = v.toFixed()
      return k + 1
    }
    if (nw === "ga" || nw === "gauge" || nw === "ft" || nw === "feet" || nw === "yards" || nw === "m") return k + 1
    // "6-prong", "three-stone", "4 prong heads", "5 stone ring": a style, not a count.
    if (nx && nx.k === "w" && ["prong", "stone", "row", "strand", "tier"].includes(nw) && (nx.hy || headAt(k + 2))) {
      f.styles.add(`${v.toFixed()}-${nw}`)
      return k + 1
    }
    if (nx && nx.hy && nx.k === "w") return k + 1 // "5-star", "10-day"
    // Finenesses written alone: 925, 585, 750.
    if (t.k === "n" && FINENESS_NUMBERS.has(v.toFixed()) && !t.frac && !(nx && nx.k === "w" && (PIECE_WORDS.has(nw) || PAIR_WORDS.has(nw) || nw === "x"))) {
      const metal = f.metal ?? (prevW && METAL_WORDS[prevW]?.metal) ?? inferMetal(v.toFixed())
      if (!f.fineness) f.fineness = v.toFixed()
      if (metal && !f.metal) f.metal = metal
      return k
    }
    const isInt = v.isInteger()
    // Counts with a word: 3 pcs, 2 pairs, 2 dozen, 2 gross, 3 x, 2 more.
    if (nx && nx.k === "w" && isInt) {
      if (PIECE_WORDS.has(nw) && !(nw === "set" && ts[k + 2]?.lo === "with")) {
        setCount(v.toNumber())
        return k + 1
      }
      if (PAIR_WORDS.has(nw)) {
        setCount(v.toNumber() * 2)
        return ts[k + 2]?.lo === "of" ? k + 2 : k + 1
      }
      if (DOZEN_WORDS.has(nw)) {
        setCount(v.toNumber() * 12)
        return k + 1
      }
      if (nw === "gross") {
        setCount(v.toNumber() * 144)
        return k + 1
      }
      if (nw === "x" && (!nx.glued || true)) {
        const after = ts[k + 2]
        // "7 x 5 mm" after the product is a size; a leading "2 x 4mm" is a count.
        if (after && after.k === "n" && ts[k + 3]?.lo === "mm" && !isFirst) {
          f.dims = `${v.toFixed()}x${after.v}`
          return k + 3
        }
        setCount(v.toNumber())
        return k + 1
      }
      if (nw === "more") {
        setCount(v.toNumber())
        return k + 1
      }
    }
    if (nx && nx.k === "p" && (nx.lo === "x" || nx.lo === "×") && isInt) {
      setCount(v.toNumber())
      return k + 1
    }
    if (nx && nx.k === "w" && nx.glued && nx.lo === "x" && isInt) {
      setCount(v.toNumber())
      return k + 1
    }
    // Bare numbers.
    if (!isInt || t.frac) {
      if (!f.bareDecimal) f.bareDecimal = v.toFixed()
      if (f.loose.length < MAX_LOOSE) f.loose.push(v.toFixed())
      return k
    }
    const onlyNumber = meaningfulBefore === 0 && k === lastMeaningful
    const leading = onlyNumber || (isFirst && leadingPosition(j) && nx && (nx.k === "w" || nx.k === "d" || (nx.k === "n" && !nx.frac)))
    const trailing = k === lastMeaningful && (heads.length > 0 || onlyNumber || f.correction || f.intent)
    if (leading || trailing) {
      if (v.gt(0) && v.lt(1_000_000)) setCount(v.toNumber(), true)
      return k
    }
    if (f.loose.length < MAX_LOOSE) f.loose.push(v.toFixed())
    return k
  }

  function leadingPosition(j: number): boolean {
    return j <= leadEnd
  }

  /** Does the fragment name a stone (so "14 ct" is a weight, not gold's purity)? Computed once per fragment. */
  function stoneContext(): boolean {
    if (stoneWords !== null) return stoneWords
    stoneWords = false
    for (const t of ts) {
      if (t.k !== "w") continue
      const w = norm(t)
      const h = HEADS[w]
      if ((h && STONE_CATEGORIES.has(h.cat)) || w === "tw" || w === "total" || w === "ctw") {
        stoneWords = true
        break
      }
    }
    return stoneWords
  }
}

/**
 * A stone named only by its cut and carat ("the 0.75 princess"), or only by its
 * grades ("2 x .50 round G-H SI1"), is a diamond.
 */
export function resolveStone(f: Features) {
  if (f.cat && f.cat !== "stone") return
  const carat = f.weight?.unit === "ct" ? f.weight.value : f.bareDecimal
  const cut = !!f.shape && DIAMOND_CUTS.has(f.shape)
  if ((cut && (carat || f.clarity || f.colourGrade)) || ((f.clarity || f.colourGrade) && (carat || f.cat === "stone" || cut))) {
    f.cat = "diamond"
    f.stone = "diamond"
    if (!f.weight && f.bareDecimal && new BigNumber(f.bareDecimal).lt(10)) f.weight = { value: f.bareDecimal, unit: "ct", approx: false }
  }
}

// ---- notes → lines → sentences → fragments ----

type Fragment = { toks: Tok[]; sep: string; paren: boolean; s: number; e: number }

const SPLIT_WORDS = new Set(["and", "plus", "also"])

/** Splits a sentence into fragments at list punctuation and conjunctions (not inside a purpose: "for earrings and pendant"). */
function splitFragments(ts: Tok[], cache: Map<string, string>): Fragment[] {
  const frags: Fragment[] = []
  let cur: Tok[] = []
  let sep = "start"
  let paren = 0
  let inPurpose = false
  const flush = (nextSep: string) => {
    if (cur.length) frags.push({ toks: cur, sep, paren: paren > 0, s: cur[0].s, e: cur[cur.length - 1].e })
    cur = []
    sep = nextSep
    inPurpose = false
  }
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]
    const nx = ts[i + 1]
    if (t.k === "p") {
      if (t.lo === "(" || t.lo === "[") {
        flush("paren")
        paren += 1
        continue
      }
      if (t.lo === ")" || t.lo === "]") {
        flush(",")
        paren = Math.max(0, paren - 1)
        continue
      }
      if ([",", ":", "+", "&", "|", "…", ";", "•", "·"].includes(t.lo)) {
        if ((t.lo === "&" || t.lo === "+") && inPurpose && !(nx && (nx.k === "n" || nx.lo === "x"))) {
          cur.push(t)
          continue
        }
        flush(t.lo === "&" || t.lo === "+" ? "and" : t.lo)
        continue
      }
      if (t.lo === "-" && (t.sp || (nx && nx.sp) || !nx)) {
        flush("-")
        continue
      }
      if (t.lo === "/" && t.sp && nx && nx.sp) {
        flush("/")
        continue
      }
      cur.push(t)
      continue
    }
    if (t.k === "w") {
      if (t.lo === "for") inPurpose = true
      if (SPLIT_WORDS.has(t.lo) && !t.hy) {
        if (inPurpose && !(nx && (nx.k === "n" || nx.lo === "x" || nx.lo === "a" || nx.lo === "an"))) {
          cur.push(t)
          continue
        }
        flush("and")
        continue
      }
      if (t.lo === "as" && nx?.lo === "well" && ts[i + 2]?.lo === "as") {
        flush("and")
        i += 2
        continue
      }
      if (t.lo === "along" && nx?.lo === "with") {
        flush("and")
        i += 1
        continue
      }
      if ((t.lo === "with" || (t.lo === "w" && nx?.lo === "/")) && cur.length) {
        const k = t.lo === "w" ? i + 2 : i + 1
        if (ts[k] && ["a", "an", "one"].includes(ts[k].lo) && !(ts[k + 1] && ["pair", "dozen"].includes(ts[k + 1].lo))) {
          flush("with")
          i = k - 1
          continue
        }
      }
      if (t.lo === "on" && nx && (nx.lo === "a" || nx.lo === "an") && cur.length) {
        // "halo pendant … on a 18" rope chain": another product.
        let hasHead = false
        for (let k = i + 2; k < Math.min(ts.length, i + 8); k++) if (ts[k].k === "w" && HEADS[normWord(ts[k].lo, cache)]) hasHead = true
        if (hasHead) {
          flush("on")
          continue
        }
      }
    }
    cur.push(t)
  }
  flush("end")
  return frags
}

const SENTENCE_ABBREV = new Set(["mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "sz", "approx", "qty", "ea", "pcs", "oz", "ct", "cts", "vs", "e.g", "etc", "inc", "ltd", "co", "tel", "ext", "ave", "rd", "apt", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "pt", "p", "s"])

/** Splits a line into sentences at ". " before a capital, "!", "?", ";". */
function splitSentences(ts: Tok[]): Tok[][] {
  const out: Tok[][] = []
  let cur: Tok[] = []
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]
    const nx = ts[i + 1]
    if (t.k === "p" && (t.lo === "!" || t.lo === "?" || t.lo === ";")) {
      if (cur.length) out.push(cur)
      cur = []
      continue
    }
    if (t.k === "p" && t.lo === ".") {
      const prev = ts[i - 1]
      const abbrev = prev && prev.k === "w" && SENTENCE_ABBREV.has(prev.lo) && !(nx && nx.sp && /^[A-Z]/.test(nx.raw) && prev.lo !== "mr" && prev.lo !== "mrs" && prev.lo !== "ms" && prev.lo !== "dr" && prev.lo !== "st")
      const initial = prev && prev.k === "w" && prev.raw.length === 1
      if (!nx || (nx.sp && !abbrev && !(initial && !/^[A-Z]/.test(nx.raw)))) {
        if (cur.length) out.push(cur)
        cur = []
        continue
      }
      if (abbrev) continue
    }
    cur.push(t)
  }
  if (cur.length) out.push(cur)
  return out
}

/** Splits a line into table cells at tabs, "|" or two or more spaces (linear). */
function splitCells(text: string, offset: number): { s: number; e: number; text: string }[] {
  const cells: { s: number; e: number; text: string }[] = []
  let start = -1
  let spaces = 0
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text[i] : "\t"
    const boundary = c === "\t" || c === "|" || (c === " " && i + 1 < text.length && text[i + 1] === " ")
    if (c === " " && !boundary) {
      spaces += 1
      continue
    }
    if (boundary || i === text.length) {
      if (start >= 0) {
        const raw = text.slice(start, i).trim()
        if (raw) cells.push({ s: offset + start, e: offset + start + text.slice(start, i).trimEnd().length, text: raw })
      }
      start = -1
      spaces = 0
      continue
    }
    if (start < 0) start = i
    spaces = 0
  }
  return cells
}

const COLUMNS: Record<string, string> = {
  style: "desc", item: "desc", description: "desc", desc: "desc", product: "desc", article: "desc", model: "desc",
  metal: "metal", karat: "metal", kt: "metal", purity: "metal", alloy: "metal", colour: "metal", color: "metal",
  size: "size", sz: "size", "ring size": "size",
  qty: "qty", quantity: "qty", pcs: "qty", count: "qty", "#": "qty",
  weight: "weight", wt: "weight", length: "length", len: "length", carat: "carat", ct: "carat", cts: "carat", mm: "mm", notes: "notes",
}

// ---- items ----


function conflicts(a: Features, b: Features): boolean {
  return (
    (b.countExplicit && a.countExplicit) ||
    (!!b.weight && !!a.weight) ||
    (!!b.size && !!a.size && a.size !== b.size) ||
    (!!b.length && !!a.length && a.length.value !== b.length.value) ||
    (!!b.mm && !!a.mm && a.mm !== b.mm) ||
    (!!b.fineness && !!a.fineness && a.fineness !== b.fineness) ||
    (!!b.metal && !!a.metal && a.metal !== b.metal) ||
    (!!b.colour && !!a.colour && a.colour !== b.colour)
  )
}

const hasFigures = (f: Features) =>
  f.countExplicit || !!f.weight || !!f.size || !!f.length || !!f.mm || !!f.dims || !!f.fineness || !!f.metal || !!f.colour || !!f.clarity || !!f.colourGrade || !!f.bareDecimal

/** Adds what `b` says to `a` where `a` says nothing. */
function merge(a: Features, b: Features) {
  if (b.countExplicit && (!a.countExplicit || (a.countBare && !b.countBare))) {
    a.count = b.count
    a.countExplicit = true
    a.countBare = b.countBare
  }
  a.weight = a.weight ?? b.weight
  a.size = a.size ?? b.size
  a.length = a.length ?? b.length
  a.mm = a.mm ?? b.mm
  a.dims = a.dims ?? b.dims
  if (!a.metal || a.metal === b.metal) {
    a.metal = a.metal ?? b.metal
    a.fineness = a.fineness ?? b.fineness
  }
  a.colour = a.colour ?? b.colour
  a.shape = a.shape ?? b.shape
  a.stone = a.stone ?? b.stone
  a.grade = a.grade ?? b.grade
  a.clarity = a.clarity ?? b.clarity
  a.colourGrade = a.colourGrade ?? b.colourGrade
  a.bareDecimal = a.bareDecimal ?? b.bareDecimal
  for (const s of b.styles) a.styles.add(s)
  for (const w of b.words) a.words.add(w)
  for (const x of b.loose) if (a.loose.length < MAX_LOOSE) a.loose.push(x)
  for (const x of b.codes) if (a.codes.length < MAX_LOOSE) a.codes.push(x)
  a.service = a.service || b.service
  a.intent = a.intent || b.intent
  if (a.cat && STONE_CATEGORIES.has(a.cat) && !a.weight && a.bareDecimal && new BigNumber(a.bareDecimal).lt(10)) a.weight = { value: a.bareDecimal, unit: "ct", approx: false }
}

/** The product an item borrows from another: kind, styles, stone; and its metal when it names none of its own. */
function borrow(to: Features, from: Features) {
  to.cat = from.cat
  for (const s of from.styles) to.styles.add(s)
  for (const w of from.words) to.words.add(w)
  to.stone = to.stone ?? from.stone
  if (!to.metal || to.metal === from.metal) {
    if (!to.metal) to.colour = to.colour ?? from.colour
    to.fineness = to.fineness ?? from.fineness
    to.metal = to.metal ?? from.metal
    if (to.metal === from.metal) to.colour = to.colour ?? from.colour
  }
  to.shape = to.shape ?? from.shape
  to.grade = to.grade ?? from.grade
  if (to.cat && STONE_CATEGORIES.has(to.cat) && !to.weight && to.bareDecimal && new BigNumber(to.bareDecimal).lt(10)) to.weight = { value: to.bareDecimal, unit: "ct", approx: false }
}

function applyCorrection(target: Item, c: Features) {
  if (c.weight) target.weight = { ...c.weight, approx: c.weight.approx }
  if (c.countExplicit && c.count !== null) {
    if (c.countBare && target.weight && !target.countExplicit) target.weight = { ...target.weight, value: String(c.count) }
    else if (c.countBare && !target.countExplicit && target.length && !c.length && c.count <= 40 && c.count !== 1) target.length = { ...target.length, value: String(c.count) }
    else {
      target.count = c.count
      target.countExplicit = true
      target.countBare = false
    }
  } else if (!c.weight && c.bareDecimal && target.weight) target.weight = { ...target.weight, value: c.bareDecimal }
  if (c.size) target.size = c.size
  if (c.length) target.length = c.length
  if (c.mm) target.mm = c.mm
  if (c.dims) target.dims = c.dims
  if (c.metal && c.metal !== target.metal) {
    target.metal = c.metal
    target.fineness = c.fineness
    target.colour = c.colour
  } else {
    if (c.fineness) target.fineness = c.fineness
    if (c.colour) target.colour = c.colour
  }
  if (c.grade) target.grade = c.grade
  if (c.shape) target.shape = c.shape
  if (c.cat && c.cat !== target.cat) {
    target.cat = c.cat
    target.styles = new Set(c.styles)
  } else for (const s of c.styles) target.styles.add(s)
}

export type ReadResult = { items: Item[]; dates: DateSpan[]; date: string | null; priority: Priority | null; text: string }

/** Reads the notes into items. Linear in the notes' length (see tokenize). */
export function readNotes(text: string, today: Date): ReadResult {
  const toks = tokenize(text)
  const dates = markDates(toks, text, today)
  const cache = new Map<string, string>()
  const items: Item[] = []
  let nextId = 0
  let sentenceNo = 0

  // Lines.
  const lines: Tok[][] = [[]]
  for (const t of toks) {
    if (t.k === "nl") lines.push([])
    else lines[lines.length - 1].push(t)
  }
  // A sign-off near the end ("Kind regards,", "Thanks so much,") starts the signature: nothing after it is ordered.
  let lastLine = lines.length
  const nonBlank = lines.map((l, i) => (l.length ? i : -1)).filter((i) => i >= 0)
  for (const li of nonBlank.slice(-9)) {
    const l = lines[li]
    const words = l.filter((t) => t.k === "w")
    const endsComma = l[l.length - 1]?.lo === "," || l[l.length - 1]?.lo === "!"
    if (words.length && SIGN_OFFS.has(words[0].lo) && words.length <= 4 && !l.some((t) => t.k === "n") && (endsComma || words.length <= 2) && l[l.length - 1]?.lo !== ":") {
      lastLine = li
      break
    }
  }

  let section: Features | null = null
  let table: { cols: string[] } | null = null

  for (let li = 0; li < Math.min(lines.length, lastLine); li++) {
    let line = lines[li]
    if (!line.length) {
      section = null
      table = null
      continue
    }
    const lineStart = line[0].s
    const lineEnd = line[line.length - 1].e
    const raw = text.slice(lineStart, lineEnd)
    // Dividers.
    if (line.every((t) => t.k === "p")) continue
    // Tables: a header of known column names, then rows of as many cells.
    const cells = splitCells(raw, lineStart)
    if (table) {
      if (cells.length === table.cols.length) {
        readTableRow(cells, table.cols, line, li)
        continue
      }
      table = null
    }
    if (cells.length >= 2) {
      const cols = cells.map((c) => COLUMNS[c.text.toLowerCase().replace(/[^a-z# ]/g, "").trim()] ?? "")
      if (cols.filter(Boolean).length >= 2 && cols.filter(Boolean).length >= cells.length - 1 && cols.includes("qty")) {
        table = { cols: cols.map((c) => c || "desc") }
        continue
      }
    }
    // Bullets: "-", "*", "•", "1.", "2)".
    let b = 0
    while (b < line.length && line[b].k === "p" && ["-", "*", "•", "·", ">", "–", "=", "#"].includes(line[b].lo)) b += 1
    if (b < line.length - 1 && line[b].k === "n" && !line[b].frac && line[b + 1].k === "p" && (line[b + 1].lo === "." || line[b + 1].lo === ")") && line[b + 2]?.sp) b += 2
    line = line.slice(b)
    if (!line.length) continue
    // Labels: "Customer:", "Melee:", "Ring mounts:"; a line that is only a label is a section header.
    let label: Features | null = null
    const colon = line.findIndex((t) => t.k === "p" && t.lo === ":")
    if (colon > 0 && colon <= 5 && line.slice(0, colon).every((t) => t.k === "w" || (t.k === "p" && ["&", "(", ")", "-", "'"].includes(t.lo)))) {
      const first = line[0].lo
      if (LABEL_ONLY.has(first) || LABEL_ONLY.has(normWord(first, cache))) {
        continue
      }
      label = readFragment(line.slice(0, colon), { cache })
      const rest = line.slice(colon + 1)
      if (!rest.filter((t) => !t.date).length) {
        section = label.cat || label.styles.size ? label : section
        continue
      }
      line = rest
    } else if (line.length <= 6 && line.every((t) => t.k === "w" || t.k === "p") && line.some((t) => t.k === "w" && t.raw.length >= 3 && t.raw === t.raw.toUpperCase() && /[A-Z]/.test(t.raw)) && line.filter((t) => t.k === "w").every((t) => t.raw === t.raw.toUpperCase() || t.lo.length <= 2)) {
      // An all-capitals line ("SOLDER", "STONES (memo)") names the section below it.
      const f = readFragment(line, { cache })
      section = f.cat || f.styles.size ? f : null
      continue
    }
    const lineItemsFrom = items.length
    for (const sentence of splitSentences(line)) readSentence(sentence, li)
    // Items with figures but no product take the label's or the section's product.
    for (let i = lineItemsFrom; i < items.length; i++) {
      const it = items[i]
      const ctx = label?.cat ? label : section
      if (!it.cat && ctx?.cat) borrow(it, ctx)
      if (ctx && it.cat && (ctx.cat === it.cat || (ctx.cat && STONE_CATEGORIES.has(ctx.cat) && STONE_CATEGORIES.has(it.cat)))) for (const s of ctx.styles) if (s === "melee") it.styles.add(s)
      if (label?.cat && it.cat === label.cat) for (const s of label.styles) it.styles.add(s)
      resolveStone(it)
    }
  }

  // Headers whose count was shared out ("2 platinum bands: one size 6 and one size 8") go.
  const kept = items.filter((it) => !(it.isHeader && it.derived >= 2))
  // An item needs something that says it is ordered: a count, a figure, a metal, a grade, an intent, or work to do.
  const final = kept.filter((it) => {
    if (it.cancel) return false
    if (it.service) return !!it.cat || it.words.size > 0
    // Figures with no product are kept only as metal or stones bought by weight.
    if (!it.cat) return !!it.weight
    const figures = it.countExplicit || !!it.weight || !!it.size || !!it.length || !!it.mm || !!it.dims
    const quality = !!it.metal || !!it.fineness || (!!it.colour && it.colour !== "black") || !!it.clarity || !!it.colourGrade
    return figures || quality || it.intent || it.codes.length > 0 || (it.article && it.styles.size > 1)
  })
  const date = pickDate(dates)
  return { items: final, dates, date, priority: findPriority(text), text }

  function spanOf(frag: { s: number; e: number }): SourceSpan {
    return { text: text.slice(frag.s, frag.e), start: frag.s, end: frag.e }
  }

  function newItem(f: Features, frag: Fragment, line: number): Item {
    // Every field written out: spreading the features into a new object literal is a slow path in V8.
    const it: Item = {
      cat: f.cat, styles: new Set(f.styles), stone: f.stone, shape: f.shape, metal: f.metal, fineness: f.fineness, colour: f.colour,
      grade: f.grade, clarity: f.clarity, colourGrade: f.colourGrade, count: f.count, countExplicit: f.countExplicit, countBare: f.countBare,
      weight: f.weight ? { ...f.weight } : null, size: f.size, length: f.length ? { ...f.length } : null, mm: f.mm, dims: f.dims,
      loose: f.loose.slice(), bareDecimal: f.bareDecimal, words: new Set(f.words), codes: f.codes.slice(), service: f.service,
      intent: f.intent, owned: f.owned, ownedSentence: f.ownedSentence, cancel: f.cancel, cancelLast: f.cancelLast, pronoun: f.pronoun,
      both: f.both, correction: f.correction, article: f.article, nameFrom: f.nameFrom, nameTo: f.nameTo,
      id: nextId++, sentence: sentenceNo, line, spans: [spanOf(frag)], also: [], headless: !f.cat, derived: 0, isHeader: false,
      headerColon: false, donorName: null, root: null, correctedBy: new Set(),
    }
    items.push(it)
    return it
  }

  function nameOf(it: Item): string | null {
    const sp = it.spans[0]
    return sp ? sp.text : null
  }

  function readTableRow(cells: { s: number; e: number; text: string }[], cols: string[], line: Tok[], li: number) {
    const ts: Tok[] = []
    cells.forEach((cell, i) => {
      const inCell = line.filter((t) => t.s >= cell.s && t.e <= cell.e)
      const col = cols[i]
      const synth = (lo: string, at: number): Tok => ({ k: "w", raw: "", lo, s: at, e: at, sp: true })
      if (col === "size") ts.push(synth("size", cell.s))
      if (col === "qty") ts.push(synth("qty", cell.s))
      if (col === "notes") return
      ts.push(...inCell)
      if (col === "carat") ts.push(synth("ct", cell.e))
      if (col === "length" && inCell.length === 1) ts.push(synth("in", cell.e))
    })
    sentenceNo += 1
    readFragments([{ toks: ts, sep: "line", paren: false, s: cells[0].s, e: cells[cells.length - 1].e }], li)
  }

  function readSentence(sentence: Tok[], li: number) {
    sentenceNo += 1
    readFragments(splitFragments(sentence, cache), li)
  }

  function readFragments(frags: Fragment[], li: number) {
    const sentenceItems: Item[] = []
    const feats = frags.map((fr) => readFragment(fr.toks, { cache, prevCat: items[items.length - 1]?.cat ?? null }))
    const ownedFrom = feats.findIndex((f, i) => f.ownedSentence && !frags[i].paren)
    const intentSentence = feats.some((f) => f.intent)
    let correcting = false
    let cur: Item | null = items.length ? items[items.length - 1] : null
    const curIsHere = () => !!cur && cur.sentence === sentenceNo
    const sameLine = () => !!cur && cur.line === li
    for (let i = 0; i < frags.length; i++) {
      const frag = frags[i]
      const f = feats[i]
      f.intent = f.intent || intentSentence
      if (f.correction) correcting = true
      const empty = !f.cat && !hasFigures(f) && !f.service && !f.codes.length && !f.pronoun && !f.both && !f.shape
      if (f.cancel) {
        // "scratch the lobster clasps", "forget the sapphire", "scratch that": drop the row named (or the last one).
        const target = f.cat ? [...items].reverse().find((it) => it.cat === f.cat && !it.cancel) : f.cancelLast ? [...items].reverse().find((it) => !it.cancel) : null
        if (target) {
          target.cancel = true
          target.also.push(spanOf(frag))
          target.correctedBy.add(frag.s)
        }
        continue
      }
      if (correcting && !(f.cat && !items.some((it) => it.cat === f.cat))) {
        if (empty) continue
        const target = f.cat ? [...items].reverse().find((it) => it.cat === f.cat) : items[items.length - 1]
        if (target) {
          applyCorrection(target, f)
          target.also.push(spanOf(frag))
          target.correctedBy.add(frag.s)
          continue
        }
      }
      if (f.owned && !f.service) continue
      if (ownedFrom >= 0 && i >= ownedFrom && !f.service) continue
      if (empty) {
        if (f.words.size && cur && curIsHere() && frag.sep !== "paren") for (const w of f.words) cur.words.add(w)
        continue
      }
      if (f.both) {
        for (const it of sentenceItems) {
          if (!it.colour) it.colour = f.colour
          for (const w of f.words) it.words.add(w)
          if (!it.metal) {
            it.metal = f.metal
            it.fineness = f.fineness
          }
        }
        continue
      }
      if (f.cat) {
        // Counts of parts after the product: "…, about 45 pearls", "…, 52 pearls".
        if (cur && curIsHere() && cur.cat && cur.cat !== f.cat && CONTAINERS.has(cur.cat) && STONE_CATEGORIES.has(f.cat) && f.countBare && !f.weight && !f.mm && !f.dims && !f.metal && frag.sep !== "with" && frag.sep !== "and") {
          cur.stone = cur.stone ?? f.stone
          continue
        }
        if (cur && curIsHere() && cur.service && frag.sep !== "line") {
          merge(cur, f)
          cur.spans.push(spanOf(frag))
          continue
        }
        // A product inside brackets after another adds to it ("(for the Hallorans' band)" is a purpose and never gets here).
        if (frag.paren && cur && curIsHere() && !f.countExplicit && !f.weight) {
          merge(cur, { ...f, cat: null })
          cur.spans.push(spanOf(frag))
          continue
        }
        // The figures before ("5 dwt 18K yellow and …") borrow this product.
        if (cur && curIsHere() && !cur.cat && cur.headless && (frag.sep === "and" || frag.sep === "," || frag.sep === "/")) {
          borrow(cur, f)
          cur.also.push(spanOf(frag))
        }
        cur = newItem(f, frag, li)
        sentenceItems.push(cur)
        continue
      }
      // No product in this fragment.
      const mergeable = cur && sameLine() && (curIsHere() || f.intent || f.pronoun) && !conflicts(cur, f)
      if (mergeable && !(f.pronoun && f.countExplicit && cur!.countExplicit)) {
        merge(cur!, f)
        cur!.spans.push(spanOf(frag))
        continue
      }
      if (!hasFigures(f) && !f.pronoun && !f.shape) continue
      const it = newItem(f, frag, li)
      // Another variant of the product before ("size 8 x3, size 6 x2"; "a matching one in size 10 palladium").
      const donor = cur && cur.cat && (sameLine() || f.pronoun) ? cur : null
      if (donor && (conflicts(donor, f) || f.pronoun) && (sameLine() || f.pronoun)) {
        borrow(it, donor)
        const root = donor.root ?? donor
        it.root = root
        it.donorName = nameOf(root)
        it.also.push(root.spans[0])
        root.derived += 1
        if (frag.sep === ":" || root.headerColon) root.isHeader = true
      }
      if (frag.sep === ":" && cur) cur.headerColon = true
      cur = it
      sentenceItems.push(it)
    }
    // A colon right after an item opens its list of variants.
    for (let i = 0; i < frags.length; i++) if (frags[i].sep === ":" && i > 0) {
      const owner = sentenceItems.find((it) => it.spans.some((s) => s.end <= frags[i].s))
      if (owner) owner.headerColon = true
    }
  }
}

/** The purity as the review table writes it: 14K, PT950, 925, Pd950. */
export function purityLabelOf(metal: Metal | null, fineness: string | null): string | null {
  if (!metal) return null
  if (metal === "gold") return fineness ? karatOf(fineness) ?? fineness : null
  if (metal === "platinum") return `PT${fineness ?? "950"}`
  if (metal === "palladium") return `Pd${fineness ?? "950"}`
  return fineness ?? "925"
}

export function materialOf(metal: Metal | null, fineness: string | null, colour: string | null): string | null {
  if (!metal) return null
  const purity = purityLabelOf(metal, fineness)
  if (metal === "gold") return [purity, colour && ["white", "yellow", "rose", "green"].includes(colour) ? colour : null, "gold"].filter(Boolean).join(" ")
  if (metal === "silver") return fineness === "999" ? "999 fine silver" : `${purity} sterling silver`
  if (metal === "platinum") return `${purity} platinum`
  return `${purity} palladium`
}

