import BigNumber from "bignumber.js"
import type { CatalogEntry, ExtractedRow, ExtractionContext, ExtractionProvider, ExtractionResult, Priority } from "./types"

/**
 * The offline notes parser: no key, nothing sent anywhere. It reads what
 * jewelers write — quantities in digits or words, pairs and dozens, ring
 * sizes, millimetres, chain lengths, weights in every unit of the SPEC with
 * "approx", metals and purities, stones with shape, carat, colour and
 * clarity, priorities and dates — and matches each row to the catalog with a
 * confidence score.
 */

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, couple: 2,
}
const NUM = String.raw`(?:\d+(?:[.,]\d+)?|\.\d+)`
const WORD_NUM = Object.keys(NUMBER_WORDS).filter((w) => w !== "a" && w !== "an").join("|")

/** Unit words as jewelers write them → the SPEC's unit codes. Longest first so "ozt" wins over "oz". */
const UNIT_ALIASES: [RegExp, string][] = [
  [/^(?:troy\s*oz|oz\.?\s*t|ozt|t\.?\s*oz|troy\s*ounces?)$/i, "ozt"],
  [/^(?:troy\s*(?:lb|pounds?)|lbt|lb\.?\s*t)$/i, "lbt"],
  [/^(?:dwts?|pennyweights?|pwt|dw)$/i, "dwt"],
  [/^(?:ctw|ct\.?\s*t\.?\s*w\.?|tcw|cts?|carats?|karats? total)$/i, "ct"],
  [/^(?:mg|milligrams?)$/i, "mg"],
  [/^(?:kg|kgs|kilos?|kilograms?)$/i, "kg"],
  [/^(?:g|gm|gms|grams?|gr\.?ams?|grm)$/i, "g"],
  [/^(?:gr|grains?)$/i, "gr"],
  [/^(?:oz|ounces?)$/i, "oz"],
  [/^(?:tolas?|tola)$/i, "tola"],
  [/^(?:mashas?|masha)$/i, "masha"],
  [/^(?:rattis?|ratti)$/i, "ratti"],
]
const UNIT_WORDS = String.raw`troy\s*oz|oz\.?\s*t|ozt|t\.?\s*oz|troy\s*ounces?|troy\s*(?:lb|pounds?)|lbt|lb\.?\s*t|dwts?|pennyweights?|pwt|ctw|tcw|cts?|carats?|mg|milligrams?|kgs?|kilos?|kilograms?|grams?|gms?|gm|g|grains?|gr|ounces?|oz|tolas?|mashas?|rattis?`
const WEIGHT_RE = new RegExp(String.raw`(~|\bapprox\.?\s*|\babout\s+|\bapproximately\s+|\bca\.?\s+|\baround\s+|\+\/-\s*)?(${NUM}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b)\s*(${UNIT_WORDS})\b\.?(\s*(?:approx|approximately|\+\/-|ish))?`, "gi")

export function unitOf(word: string): string | null {
  const w = word.trim().replace(/\s+/g, " ")
  for (const [re, code] of UNIT_ALIASES) if (re.test(w)) return code
  return null
}

const SHAPES = ["round", "oval", "princess", "cushion", "emerald", "pear", "marquise", "radiant", "asscher", "heart", "baguette", "trillion", "square", "rectangle"]
const CLARITIES = ["FL", "IF", "VVS1", "VVS2", "VS1", "VS2", "SI1", "SI2", "SI3", "I1", "I2", "I3"]
const STONE_WORDS = /\b(diamonds?|dia|stones?|cz|cubic zirconia|sapphires?|rub(?:y|ies)|emeralds?|moissanite|pearls?|melee|gems?|center stone|centre stone)\b/i

const PURITY: [RegExp, (m: RegExpMatchArray) => { metal: string; purity: string }][] = [
  [/\b(?:pt|plat(?:inum)?)\s*-?\s*(950|900|999)\b/i, (m) => ({ metal: "platinum", purity: `PT${m[1]}` })],
  [/\b(950|900)\s*(?:pt|plat(?:inum)?)\b/i, (m) => ({ metal: "platinum", purity: `PT${m[1]}` })],
  [/\bplatinum\b/i, () => ({ metal: "platinum", purity: "PT950" })],
  [/\b(10|14|18|22|24)\s*(?:k|kt|ct|karat|carat)\b(?!\s*(?:tw|total))/i, (m) => ({ metal: "gold", purity: `${m[1]}K` })],
  [/\b(417|585|750|916|999)\b(?!\s*(?:mm|g|ct))/, (m) => ({ metal: "gold", purity: ({ "417": "10K", "585": "14K", "750": "18K", "916": "22K", "999": "24K" } as Record<string, string>)[m[1]] })],
  [/\b(?:925|sterling(?:\s+silver)?|ss)\b/i, () => ({ metal: "silver", purity: "925" })],
  [/\bsilver\b/i, () => ({ metal: "silver", purity: "925" })],
  [/\bpalladium\b/i, () => ({ metal: "palladium", purity: "Pd950" })],
]
const GOLD_COLOR = /\b(white|yellow|rose|pink|green)\s*(?:gold)?\b|\b(wg|yg|rg)\b|\b(?:10|14|18|22)k\s*([wyr])\b/i

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

const iso = (d: Date) => d.toISOString().slice(0, 10)
const dec = (s: string) => new BigNumber(/^[a-z]+$/i.test(s) ? NUMBER_WORDS[s.toLowerCase()] : s.replace(",", ".")).toFixed()

/** A date the notes ask for, relative to today: "by Dec 12", "due 2026-12-01", "before 12/05", "next Friday", "in 2 weeks". */
export function findDate(text: string, today: Date): string | null {
  const t = text.toLowerCase()
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t)
  if (m) return `${m[1]}-${m[2]}-${m[3]}`
  const year = today.getUTCFullYear()
  const future = (mo: number, day: number) => {
    let d = new Date(Date.UTC(year, mo, day))
    if (d.getTime() < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) d = new Date(Date.UTC(year + 1, mo, day))
    return iso(d)
  }
  m = new RegExp(String.raw`\b(${MONTHS.join("|")})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b`).exec(t)
  if (m) return future(MONTHS.indexOf(m[1]), Number(m[2]))
  m = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTHS.join("|")})[a-z]*\b`).exec(t)
  if (m) return future(MONTHS.indexOf(m[2]), Number(m[1]))
  m = /\b(?:by|before|due|on|until|for)\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/.exec(t)
  if (m) {
    if (m[3]) return iso(new Date(Date.UTC(Number(m[3].length === 2 ? `20${m[3]}` : m[3]), Number(m[1]) - 1, Number(m[2]))))
    return future(Number(m[1]) - 1, Number(m[2]))
  }
  m = new RegExp(String.raw`\b(?:next|this|by|before|on)\s+(${DAYS.join("|")})\b`).exec(t)
  if (m) {
    const want = DAYS.indexOf(m[1])
    let add = (want - today.getUTCDay() + 7) % 7 || 7
    if (/next/.test(m[0]) && add < 7 && today.getUTCDay() !== 0) add += 0
    return iso(new Date(today.getTime() + add * 86400000))
  }
  m = /\bin\s+(\d+|one|two|three|four|five|six)\s+(day|week|month)s?\b/.exec(t)
  if (m) {
    const n = /\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]]
    const days = m[2] === "day" ? n : m[2] === "week" ? n * 7 : n * 30
    return iso(new Date(today.getTime() + days * 86400000))
  }
  if (/\btomorrow\b/.test(t)) return iso(new Date(today.getTime() + 86400000))
  if (/\bend of (?:the )?month\b/.test(t)) return iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0)))
  return null
}

export function findPriority(text: string): Priority | null {
  if (/\b(rush|urgent|asap|a\.s\.a\.p|expedite|expedited|emergency)\b/i.test(text)) return "rush"
  if (/\b(high priority|priority|important|vip)\b/i.test(text)) return "high"
  if (/\b(no rush|whenever|normal priority|standard)\b/i.test(text)) return "normal"
  return null
}

const stripDates = (s: string) =>
  s
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, " ")
    .replace(new RegExp(String.raw`\b(?:by|before|due|on|until|for)\s+(?:the\s+)?(?:${MONTHS.join("|")})[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`, "gi"), " ")
    .replace(new RegExp(String.raw`\b(?:${MONTHS.join("|")})[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`, "gi"), " ")
    .replace(/\b(?:by|before|due|on|until)\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/gi, " ")

type Facts = Omit<ExtractedRow, "product_id" | "variant_id" | "product_title" | "match_confidence">

/** Everything one requested item says about itself. */
export function readRow(segment: string, today: Date, inherited: { priority: Priority | null; date: string | null }): Facts {
  const source = segment.trim()
  let text = stripDates(source)
  const weight = (() => {
    WEIGHT_RE.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = WEIGHT_RE.exec(text))) {
      const unit = unitOf(m[3])
      if (!unit) continue
      // "14ct" is gold's purity, not a weight.
      if (unit === "ct" && /^(10|14|18|22|24)$/.test(m[2]) && !/(?:ctw|tw|total)/i.test(m[3]) && /gold|\bct\s*(?:white|yellow|rose|gold)/i.test(text.slice(m.index, m.index + m[0].length + 12))) continue
      return { value: dec(m[2]), unit, approx: !!(m[1] || m[4]), at: m.index, raw: m[0] }
    }
    return null
  })()
  if (weight) text = text.replace(weight.raw, " ")

  const length = (() => {
    const m = new RegExp(String.raw`(${NUM})\s*(?:"|”|''|-?\s*inch(?:es)?\b|\s?in\b(?!\s+(?:white|yellow|rose|gold|silver|platinum|stock)))`, "i").exec(text)
    if (m) return { value: dec(m[1]), unit: "in" as const, raw: m[0] }
    const c = new RegExp(String.raw`(${NUM})\s*cm\b`, "i").exec(text)
    if (c) return { value: dec(c[1]), unit: "cm" as const, raw: c[0] }
    return null
  })()
  if (length) text = text.replace(length.raw, " ")

  // "7x5mm", "7 mm x 5 mm"; "2 x 4mm" is two pieces of 4 mm.
  const dims = new RegExp(String.raw`(${NUM}\s*mm\s*[x×]\s*${NUM}|${NUM}(?:[x×*]${NUM}){0,2})\s*mm\b`, "i").exec(text)
  if (dims) text = text.replace(dims[0], " ")

  const sizeMatch = /\b(?:ring\s*size|size|sz\.?|us\s*size)\s*[:#]?\s*(\d{1,2}(?:[.,]\d{1,2})?(?:\s*1\/2|\s*½)?|[a-z](?:\s*1\/2)?)\b/i.exec(text)
  const size = sizeMatch ? sizeMatch[1].replace(",", ".").replace(/\s*(?:1\/2|½)/, ".5").toUpperCase() : null
  if (sizeMatch) text = text.replace(sizeMatch[0], " ")

  // Stones.
  const caratMatch = new RegExp(String.raw`(${NUM})\s*(?:ct|cts|carats?|ctw|tcw)\b`, "i").exec(source)
  const shape = SHAPES.find((s) => new RegExp(String.raw`\b${s}s?\b`, "i").test(source)) ?? null
  const clarity = CLARITIES.find((c) => new RegExp(String.raw`\b${c}\b`).test(source.toUpperCase().replace(/-/g, ""))) ?? null
  const colorMatch = /\b(?:color|colour)?\s*\b([D-M])(?:\s*-\s*[D-M])?\s*(?:color|colour)?\b(?=[\s,/]+(?:FL|IF|VVS1|VVS2|VS1|VS2|SI1|SI2|SI3|I1|I2|I3)\b)|\b([D-M])\s+(?:color|colour)\b|\b(?:color|colour)\s+([D-M])\b/.exec(source)
  const isStone = STONE_WORDS.test(source) || !!clarity || !!colorMatch
  const stone = isStone
    ? { shape: shape ? shape : null, carat: caratMatch ? dec(caratMatch[1]) : null, color: colorMatch ? (colorMatch[1] ?? colorMatch[2] ?? colorMatch[3]) : null, clarity }
    : null

  // Metal.
  let metal: string | null = null
  let purity: string | null = null
  for (const [re, f] of PURITY) {
    const m = source.match(re)
    if (m) {
      ;({ metal, purity } = f(m))
      break
    }
  }
  if (!metal && /\bgold\b/i.test(source)) metal = "gold"
  const colorGold = GOLD_COLOR.exec(source)
  const goldColor = colorGold
    ? ({ w: "white", y: "yellow", r: "rose", wg: "white", yg: "yellow", rg: "rose" } as Record<string, string>)[(colorGold[2] ?? colorGold[3] ?? "").toLowerCase()] ?? colorGold[1]?.toLowerCase()
    : null
  const material = metal
    ? metal === "gold"
      ? [purity, goldColor === "pink" ? "rose" : goldColor, "gold"].filter(Boolean).join(" ")
      : metal === "silver"
        ? "925 sterling silver"
        : metal === "platinum"
          ? `${purity} platinum`
          : `${purity ?? ""} ${metal}`.trim()
    : null

  // Quantity: "2 x", "x2", "qty 3", "3 pcs", "three", "a pair", "2 dozen", "half dozen".
  const quantity = findQuantity(text, !!weight)

  const description = source
    .replace(/^\s*(?:[-*•·>]+|\d+[.)](?=\s))\s*/, "")
    .replace(/^(?:with|on|and|plus|\+)\s+/i, "")
    .replace(/\s+/g, " ")
    .replace(/[\s,;.]+$/, "")
    .trim()
  return {
    description,
    quantity,
    size,
    shape: shape ? shape[0].toUpperCase() + shape.slice(1) : null,
    dimensions_mm: dims ? dims[1].replace(/\s+|mm/g, "").replace("×", "x").replace("*", "x") : null,
    length: length ? { value: length.value, unit: length.unit } : null,
    weight: weight?.value ?? null,
    weight_unit: weight?.unit ?? null,
    weight_approx: weight ? weight.approx || /\b(?:approx\.?|approximately|about|around|roughly)\b|~/i.test(source) : false,
    metal,
    purity,
    material,
    stone,
    priority: findPriority(source) ?? inherited.priority,
    date_required: findDate(source, today) ?? inherited.date,
    source_text: source,
  }
}

const PURITY_NUMBERS = new Set(["375", "417", "585", "750", "916", "999", "925", "950", "900"])
const PRODUCT_NOUN = String.raw`(?:rings?|bands?|mounts?|mountings?|settings?|solitaires?|pendants?|necklaces?|chains?|bracelets?|bangles?|earrings?|studs?|hoops?|cufflinks?|brooch(?:es)?|charms?|diamonds?|dias?|stones?|cz|czs|sapphires?|rub(?:y|ies)|emeralds?|pearls?|melee|grain|wire|sheet|findings?|clasps?|jump\s*rings?|heads?|posts?|backs?|bails?|solder|pins?|bars?|moissanites?|center|centre)\b`
const BULK = /\b(grain|casting|solder|wire|sheet|scrap|melee|bar|bullion|shot|tubing|paste|lot|refining)\b/
const PIECE = new RegExp(String.raw`\b(?:dias?|center|centre|rings?|bands?|mounts?|pendants?|necklaces?|chains?|bracelets?|bangles?|earrings?|studs?|hoops?|diamonds?|stones?|sapphires?|pins?|signet)\b`)

function findQuantity(text: string, hasWeight: boolean): number | null {
  const t = " " + text.toLowerCase().replace(/[()]/g, " ") + " "
  let m = /\b(\d+|half|a|one|two|three|four|five|six|ten)\s+dozens?\b/.exec(t)
  if (m) return m[1] === "half" ? 6 : m[1] === "a" ? 12 : (/\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]]) * 12
  if (/\bhalf[-\s]dozen\b/.test(t)) return 6
  if (/\bdozen\b/.test(t)) return 12
  m = /\b(\d+|two|three|four|five|six|ten)\s+pairs?\b/.exec(t)
  if (m) return (/\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]]) * 2
  if (/\b(?:a|one)\s+pair\b|\bpair\s+of\b|\bpr\s+of\b/.test(t)) return 2
  m = /(?:\bqty\.?|\bquantity|\bx|×)\s*[:=]?\s*(\d+)\b/.exec(t)
  if (m && !/\d\s*x\s*\d/.test(t.slice(Math.max(0, m.index - 3), m.index + m[0].length))) return Number(m[1])
  m = /\b(\d+)\s*(?:pcs?|pieces?|ea|each|units?|nos?|count|ct\b(?!\s*(?:tw|\w))(?=\s+(?:of|x)))\b/.exec(t)
  if (m) return Number(m[1])
  m = /(?:^|[\s:>-])(\d+)\s*[x×]\s+(?!\d)/.exec(t)
  if (m) return Number(m[1])
  // A count at the start of the item ("6 round 4mm CZ", "two bands"), after a label like "Restock:".
  const body = t.replace(/^\s*[a-z][a-z .'&-]{1,24}:\s*/, " ")
  m = new RegExp(String.raw`^\s*(?:[-*•·]\s*|\d+[.)]\s+)?(?:need|needs|want|wants|order|ordering|send|get|make|please|pls|also|plus|and|add|customer\s+wants|client\s+wants|we\s+need)?\s*(\d+|${WORD_NUM})\b(?!\s*(?:[.,]\d|mm|cm|in\b|"|k\b|kt\b|%|\/|:|-?\s*prong))`).exec(body)
  if (m && !PURITY_NUMBERS.has(m[1])) return /\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]]
  // A count that qualifies a product: "wants to buy three round diamonds".
  m = new RegExp(String.raw`\b(\d+|${WORD_NUM})\s+(?:[a-z0-9.'-]+\s+){0,3}?${PRODUCT_NOUN}`).exec(body)
  if (m && !PURITY_NUMBERS.has(m[1]) && !/^\S+\s*-?\s*prongs?\b/.test(m[0])) return /\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]]
  if (new RegExp(String.raw`\b(?:a|an|one|single)\s+(?!pair|dozen|few)[a-z]`).test(t)) return 1
  // No count: one piece, unless it is material bought by weight.
  return hasWeight && BULK.test(t) ? null : hasWeight && !PIECE.test(t) ? null : 1
}

// ---- splitting notes into requested items ----

const ITEM_HINT = new RegExp(
  String.raw`\b(ring|band|mount|mounting|setting|solitaire|pendant|necklace|chain|bracelet|bangle|earrings?|studs?|hoops?|cufflinks?|brooch|charm|diamonds?|dia|stones?|cz|sapphires?|rub(?:y|ies)|emeralds?|pearls?|melee|gold|silver|platinum|grain|casting|wire|sheet|tubing|findings?|clasps?|jump\s*rings?|heads?|prongs?|posts?|backs?|bails?|solder|piece|pcs|sizing|repair|engrav\w*|polish\w*|re-?tip\w*|rhodium|watch|moissanite|bezel|lobster|spring ring)s?\b`,
  "i"
)

const LABEL_ONLY = /^(?:engraving|engrave|finish|note|notes|customer|client|name|phone|email|budget|deposit|due|deadline|ship(?:ping)?|thanks|thank you|regards|po|ref)\b\s*[:\-]/i
const NOT_AN_ITEM = /\b(?:brings?|bringing|supplies|supplied|provides?|providing)\s+(?:her|his|their|its|own|the)\b/i
const NOUN_RE = new RegExp(PRODUCT_NOUN_SRC(), "i")
function PRODUCT_NOUN_SRC() {
  return String.raw`\b(?:rings?|bands?|mounts?|mountings?|settings?|solitaires?|pendants?|necklaces?|chains?|bracelets?|bangles?|earrings?|studs?|hoops?|cufflinks?|brooch(?:es)?|charms?|diamonds?|dias?|stones?|cz|czs|sapphires?|rub(?:y|ies)|emeralds?|pearls?|melee|grain|wire|sheet|findings?|clasps?|jump\s*rings?|heads?|posts?|backs?|bails?|solder|pins?|moissanites?|center|centre)\b`
}
const COUNT_RE = new RegExp(String.raw`(?:^|\s)(?:\d+|${WORD_NUM}|a|an)\b(?!\s*(?:[.,]\d|mm|cm|in\b|"|k\b|kt\b|ct|g\b|dwt|oz|tola))|\bx\s*\d+|\d+\s*(?:pcs?|pieces?)\b|\bpairs?\b|\bdozen\b`, "i")
const ATTRIBUTE_RE = /\b(?:\d+\s*k[wyr]?t?|925|585|750|sterling|silver|gold|platinum|white|yellow|rose)\b/i
const VARIANT_RE = /\b(?:size|sz)\s*\S+|\d+(?:\.\d+)?\s*(?:"|in\b|inch|mm|cm)/i
const SEPARATOR = /\s*,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus|&|\+)\s+|\s+(?:on|with)\s+(?=an?\s)|\s*\+\s*/gi

/** The product part of an item, without its count, size or length: "Platinum wedding bands size 8 x3" → "Platinum wedding bands". */
const baseOf = (s: string) =>
  s
    .replace(/\b(?:size|sz)\s*\S+/gi, " ")
    .replace(/\bx\s*\d+|\d+\s*(?:pcs?|pieces?)\b|\b(?:half\s+)?dozen\b|\bqty\.?\s*\d+/gi, " ")
    .replace(/\d+(?:\.\d+)?\s*(?:"|in\b|inch(?:es)?|mm|cm)/gi, " ")
    .replace(/^\s*(?:[a-z][a-z ]{1,24}:\s*)?(?:\d+|[a-z]+)\s+(?=\S)/i, (m) => (COUNT_RE.test(m) ? " " : m))
    .replace(/\s+/g, " ")
    .trim()

/**
 * Splits notes into one segment per requested item: lines, bullets and
 * semicolons; then commas, "and", "plus", "+", "on a", "with a" where what
 * follows names another product ("…, lobster clasp 14k"), or another variant
 * of the same one ("size 8 x3, size 6 x2"). Anything else stays with the item
 * it describes ("size 6 1/2 (closest we have is 6)").
 */
export function splitItems(notes: string): string[] {
  const lines = notes
    .replace(/\r/g, "")
    .split(/\n|;|(?<=[a-z0-9)'"]\.)\s+(?=[A-Z])/)
    .map((l) => l.trim())
    .filter(Boolean)
  const out: string[] = []
  for (const line of lines) {
    const pieces: { sep: string; text: string }[] = []
    let last = 0
    let sep = ""
    for (const m of line.matchAll(SEPARATOR)) {
      pieces.push({ sep, text: line.slice(last, m.index) })
      sep = m[0].trim().toLowerCase()
      last = (m.index ?? 0) + m[0].length
    }
    pieces.push({ sep, text: line.slice(last) })
    const items: string[] = []
    for (const { sep, text } of pieces) {
      if (!items.length) {
        items.push(text)
        continue
      }
      const prev = items[items.length - 1]
      const hasNoun = NOUN_RE.test(text)
      const looksWhole = COUNT_RE.test(text) || ATTRIBUTE_RE.test(text) || VARIANT_RE.test(text)
      const isAnd = sep === "and" || sep === "&" || sep === "plus"
      if (hasNoun && NOUN_RE.test(prev) && (!isAnd || looksWhole)) items.push(text)
      else if (!hasNoun && NOUN_RE.test(prev) && COUNT_RE.test(text) && VARIANT_RE.test(text) && VARIANT_RE.test(prev)) items.push(`${baseOf(prev)} ${text}`)
      else items[items.length - 1] = `${prev}${sep === "," || !sep ? ", " : ` ${sep} `}${text}`
    }
    for (const it of items) if (it.trim()) out.push(it.trim())
  }
  return out
}

/** A segment that names something to make or buy (not a greeting, a name or a date on its own). */
const isItem = (s: string) => {
  if (LABEL_ONLY.test(s) || NOT_AN_ITEM.test(s)) return false
  WEIGHT_RE.lastIndex = 0
  return ITEM_HINT.test(s) || WEIGHT_RE.test(s) || /\b\d+\s*mm\b/i.test(s)
}

// ---- catalog matching ----

const STOP = new Set(["a", "an", "the", "of", "for", "with", "and", "in", "to", "x", "pcs", "pc", "need", "needs", "want", "wants", "please", "pls", "customer", "client", "order", "each", "size", "approx", "about", "by", "on", "we", "our", "new", "set", "also", "plus", "some", "more"])
const SYNONYMS: Record<string, string> = {
  dia: "diamond", diamonds: "diamond", rings: "ring", bands: "band", chains: "chain", earrings: "earring", studs: "stud",
  mounting: "mount", mountings: "mount", mounts: "mount", setting: "mount", settings: "mount", semimount: "mount",
  pendants: "pendant", bracelets: "bracelet", hoops: "hoop", clasps: "clasp", heads: "head", stones: "stone",
  cubic: "cz", zirconia: "cz", ss: "925", sterling: "925", silver: "925", kt: "k", wg: "white", yg: "yellow", rg: "rose",
  "585": "14k", "750": "18k", "417": "10k", "916": "22k", pt950: "platinum", pt: "platinum", plat: "platinum",
  gr: "grain", grains: "grain", shot: "grain", pellets: "grain", jumprings: "jump", jumps: "jump", lobsters: "lobster",
  posts: "post", backs: "back", solitaires: "solitaire", tennis: "tennis", wedding: "band", eternity: "eternity",
}

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(\d+)\s*(?:k|kt|karat)\s*([wyr])\b/g, (_m, n, c) => `${n}k ${({ w: "white", y: "yellow", r: "rose" } as Record<string, string>)[c]}`)
    .replace(/(\d+)\s*(k|kt|karat)\b/g, "$1k")
    .replace(/[^a-z0-9.\s-]/g, " ")
    .split(/[\s-]+/)
    .map((t) => t.replace(/\.$/, ""))
    .map((t) => SYNONYMS[t] ?? (/^[a-z]{4,}s$/.test(t) && !t.endsWith("ss") ? t.slice(0, -1) : t))
    .map((t) => SYNONYMS[t] ?? t)
    .filter((t) => t && !STOP.has(t) && !/^\d+(\.\d+)?$/.test(t))
}

const ATTRIBUTES = new Set(["10k", "14k", "18k", "22k", "24k", "925", "platinum", "white", "yellow", "rose", "gold", "round", "oval", "princess", "cushion", "pear", "marquise", "emerald", "blue"])

/**
 * The catalog entry this row most likely is, with a confidence from 0 to 1:
 * half from the product's nouns (ring, mount, grain, clasp — at least one must
 * be there), 30 % from its attributes (purity, colour, shape), 20 % from the
 * variant (size, length, carat, millimetres). A SKU written in the notes is
 * certain.
 */
export function matchCatalog(row: Facts, catalog: CatalogEntry[]): { entry: CatalogEntry | null; confidence: number } {
  // The weight's words ("1.5 grains", "2 ozt") say nothing about the product.
  WEIGHT_RE.lastIndex = 0
  const text = `${row.description.replace(WEIGHT_RE, (m) => (/\b(?:ct|cts|ctw|carats?|tcw)\b/i.test(m) ? m : " "))} ${row.material ?? ""}`
  const sku = catalog.find((c) => c.sku && new RegExp(String.raw`\b${c.sku.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&")}\b`, "i").test(row.description))
  if (sku) return { entry: sku, confidence: 1 }
  const want = new Set(tokens(text))
  if (!want.size) return { entry: null, confidence: 0 }
  const rowNumbers = [row.size, row.length?.value, row.stone?.carat, row.weight_unit === "ct" ? row.weight : null, ...(row.dimensions_mm?.split("x") ?? []), ...(text.match(/\d+(?:\.\d+)?/g) ?? [])]
    .filter(Boolean)
    .map((n) => Number(n))
  let best: { entry: CatalogEntry | null; confidence: number } = { entry: null, confidence: 0 }
  for (const c of catalog) {
    const product = [...new Set(tokens(c.title))]
    const heads = product.filter((t) => !ATTRIBUTES.has(t))
    const attrs = product.filter((t) => ATTRIBUTES.has(t))
    const headHits = heads.filter((t) => want.has(t)).length
    if (!headHits) continue
    const headShare = Math.min(1, headHits / Math.min(heads.length, 2))
    const attrShare = attrs.length ? attrs.filter((t) => want.has(t)).length / attrs.length : 1
    const numbers = `${c.variant_title ?? ""}`.match(/\d+(?:\.\d+)?/g) ?? []
    const variantWords = tokens(c.variant_title ?? "")
    const variantShare = numbers.length
      ? numbers.filter((n) => rowNumbers.includes(Number(n))).length / numbers.length
      : variantWords.length
        ? variantWords.filter((t) => want.has(t)).length / variantWords.length
        : 1
    const confidence = Number((0.5 * headShare + 0.3 * attrShare + 0.2 * variantShare).toFixed(3))
    if (confidence > best.confidence) best = { entry: c, confidence }
  }
  return best.confidence >= MATCH_THRESHOLD ? best : { entry: null, confidence: best.confidence }
}

export const MATCH_THRESHOLD = 0.6

export class OfflineExtractionProvider implements ExtractionProvider {
  readonly name = "offline"

  async extract(notes: string, ctx: ExtractionContext): Promise<ExtractionResult> {
    return parseNotes(notes, ctx)
  }
}

/** Reads the notes synchronously; never throws on odd input. */
export function parseNotes(notes: string, ctx: ExtractionContext): ExtractionResult {
  const warnings: string[] = []
  const today = ctx.today ?? new Date()
  const text = String(notes ?? "")
  if (!text.trim()) return { rows: [], warnings: ["notes: there is nothing to read"], provider: "offline" }
  // Order-wide priority and date (a line like "RUSH — needed by Dec 12") apply to every row.
  const inherited = { priority: findPriority(text), date: findDate(text, today) }
  const rows: ExtractedRow[] = []
  for (const segment of splitItems(text)) {
    if (!isItem(segment)) continue
    try {
      const facts = readRow(segment, today, inherited)
      const { entry, confidence } = matchCatalog(facts, ctx.catalog)
      rows.push({
        ...facts,
        product_id: entry?.product_id ?? null,
        variant_id: entry?.variant_id ?? null,
        product_title: entry ? [entry.title, entry.variant_title].filter(Boolean).join(" · ") : null,
        match_confidence: confidence,
      })
    } catch (e: any) {
      warnings.push(`could not read "${segment.slice(0, 60)}": ${e?.message ?? e}`)
    }
  }
  if (!rows.length) warnings.push("no requested products were recognised in the notes; add the rows by hand")
  const unmatched = rows.filter((r) => !r.product_id).length
  if (unmatched) warnings.push(`${unmatched} row${unmatched === 1 ? "" : "s"} matched no catalog product and stay${unmatched === 1 ? "s" : ""} as a description`)
  return { rows, warnings, provider: "offline" }
}
