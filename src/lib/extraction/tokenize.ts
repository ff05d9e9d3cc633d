import BigNumber from "bignumber.js"

/**
 * The notes as tokens, in one left-to-right pass. Every later step works on
 * these tokens with a bounded look-ahead, so reading the notes stays linear in
 * their length: no regular expression ever runs over more than one short chunk
 * (at most MAX_CHUNK characters; a longer run of letters and digits is one junk
 * token, never read as a number).
 */
export type Tok = {
  /** w: word, n: number, p: punctuation, nl: line break, d: dimensions (7x5), r: range (6.5-7), x: junk or a code (phone, tracking, SKU) */
  k: "w" | "n" | "p" | "nl" | "d" | "r" | "x"
  raw: string
  lo: string
  s: number
  e: number
  /** Whitespace (or the start of the notes) before the token. */
  sp: boolean
  /** Decimal value of a number ("0.5" for ".50", "0.25" for "1/4"). */
  v?: string
  /** The number was written as a fraction (1/2, ½). */
  frac?: boolean
  /** Glued to the token before inside one chunk ("14" + "k", "x" + "12"). */
  glued?: boolean
  /** Joined to the token before by a hyphen ("6-prong", "re-tip"). */
  hy?: boolean
  /** A possessive ("customer's"). */
  poss?: boolean
  /** Inside a date the notes give (set by the date reader). */
  date?: boolean
  /** The number is not a figure of the product: money, a reference, a phone number, a time, an ordinal. */
  junk?: boolean
  /** Second value of a dimension or range. */
  v2?: string
  /** Unit written after a dimension or range (mm, cm). */
  unit?: string
}

export const MAX_CHUNK = 48

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
const isDigit = (c: number) => c >= 48 && c <= 57
const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 11 || c === 12

const VULGAR: Record<string, string> = { "½": "0.5", "¼": "0.25", "¾": "0.75", "⅛": "0.125" }

/** Splits the notes into tokens. Linear: each character is looked at a bounded number of times. */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = []
  const n = text.length
  let i = 0
  let sp = true
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 10) {
      out.push({ k: "nl", raw: "\n", lo: "\n", s: i, e: i + 1, sp })
      i += 1
      sp = true
      continue
    }
    if (isSpace(c)) {
      i += 1
      sp = true
      continue
    }
    const ch = text[i]
    if (VULGAR[ch]) {
      out.push({ k: "n", raw: ch, lo: ch, s: i, e: i + 1, sp, v: VULGAR[ch], frac: true })
      i += 1
      sp = false
      continue
    }
    // A leading dot before digits starts a number (".75ct").
    const startsNumber = ch === "." && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && (i === 0 || !isAlnum(text.charCodeAt(i - 1)))
    if (isAlnum(c) || startsNumber) {
      let j = i + 1
      while (j < n) {
        const d = text.charCodeAt(j)
        if (isAlnum(d)) {
          j += 1
          continue
        }
        // Joiners stay inside a chunk only between the characters they join.
        const next = j + 1 < n ? text.charCodeAt(j + 1) : 0
        const prev = text.charCodeAt(j - 1)
        if ((d === 46 || d === 44 || d === 47) && isDigit(prev) && isDigit(next)) {
          j += 1 // 1.5, 2,641.30, 1/2, 12/4
          continue
        }
        if (d === 45 && isAlnum(prev) && isAlnum(next)) {
          j += 1 // 6-prong, re-tip, 555-0142, SOL-4P
          continue
        }
        if ((d === 39 || d === 0x2019) && isAlnum(prev) && isAlnum(next) && !isDigit(prev)) {
          j += 1 // customer's, don't
          continue
        }
        break
      }
      classify(text.slice(i, j), i, sp, out)
      i = j
      sp = false
      continue
    }
    // Dot leaders and ellipses are one token.
    if (ch === "." || ch === "…") {
      let j = i + 1
      while (j < n && (text[j] === "." || text[j] === "…")) j += 1
      const raw = text.slice(i, j)
      out.push({ k: "p", raw, lo: raw.length > 1 || ch === "…" ? "…" : ".", s: i, e: j, sp })
      i = j
      sp = false
      continue
    }
    // Other characters: one punctuation token each (surrogate pairs kept whole).
    const code = text.codePointAt(i) ?? c
    const width = code > 0xffff ? 2 : 1
    const raw = text.slice(i, i + width)
    const lo = raw === "”" || raw === "“" || raw === "″" ? '"' : raw === "’" || raw === "‘" ? "'" : raw === "–" || raw === "—" || raw === "‒" ? "-" : raw
    out.push({ k: "p", raw, lo, s: i, e: i + width, sp })
    i += width
    sp = false
  }
  return out
}

const RE_INT = /^\d+$/
const RE_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
const RE_DEC = /^\d+[.,]\d+$/
const RE_LEADING_DOT = /^\.\d+$/
const RE_FRACTION = /^(\d{1,2})\/(\d{1,2})$/
const RE_PHONE = /^\d{3}-\d{3}-\d{4}$|^\d{3}-\d{4}$|^\d{4}-\d{3,4}$/
const RE_ISO = /^\d{4}-\d{2}-\d{2}$/
const RE_DIMS = /^(\d+(?:\.\d+)?)[x×*](\d+(?:\.\d+)?)(?:[x×*](\d+(?:\.\d+)?))?(mm|cm)?$/i
const RE_RANGE = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)([a-z]*)$/i
const RE_NUM_WORD = /^(\d+(?:\.\d+)?|\.\d+)([a-z]+)$/i
const RE_WORD_NUM = /^([a-z]+)(\d+(?:\.\d+)?)$/i
const RE_NUM_HY_WORD = /^(\d+)-([a-z]+)$/i
const RE_WORDS_HY = /^[a-z\u00c0-\u024f]+(?:-[a-z\u00c0-\u024f]+)+$/i
const RE_WORD = /^[a-z\u00c0-\u024f]+$/i
const RE_POSS = /^([a-z\u00c0-\u024f]+)['\u2019]s$/i
const RE_APOS = /^[a-z]+['\u2019][a-z]+$/i
const CONTRACTED = new Set(["it", "she", "he", "that", "there", "what", "let", "who", "here", "where"])
/** Words glued before a number that make it a figure we read: x12, PT950, SI1, sz7. */
const LETTERS_BEFORE_NUMBER = new Set(["x", "pt", "pd", "ag", "au", "si", "vs", "vvs", "i", "sz", "size", "qty", "k"])

function num(raw: string, s: number, sp: boolean, v: string, extra: Partial<Tok> = {}): Tok {
  return { k: "n", raw, lo: raw.toLowerCase(), s, e: s + raw.length, sp, v, ...extra }
}

function classify(raw: string, s: number, sp: boolean, out: Tok[]) {
  const e = s + raw.length
  if (raw.length > MAX_CHUNK) {
    out.push({ k: "x", raw, lo: "", s, e, sp, junk: true })
    return
  }
  const lo = raw.toLowerCase().replace(/\u2019/g, "'")
  if (RE_INT.test(raw)) {
    // A long run of digits is a reference, an account or a phone number, never a figure.
    out.push(raw.length > 7 ? { k: "x", raw, lo, s, e, sp, junk: true } : num(raw, s, sp, new BigNumber(raw).toFixed()))
    return
  }
  if (RE_THOUSANDS.test(raw)) return void out.push(num(raw, s, sp, new BigNumber(raw.replace(/,/g, "")).toFixed()))
  if (RE_DEC.test(raw)) return void out.push(num(raw, s, sp, new BigNumber(raw.replace(",", ".")).toFixed()))
  if (RE_LEADING_DOT.test(raw)) return void out.push(num(raw, s, sp, new BigNumber(`0${raw}`).toFixed()))
  let m = RE_FRACTION.exec(raw)
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])]
    if ([2, 4, 8, 16].includes(b) && a > 0 && a < b) return void out.push(num(raw, s, sp, new BigNumber(a).div(b).toFixed(), { frac: true }))
    return void out.push({ k: "x", raw, lo, s, e, sp }) // 12/4: a date, read by the date reader
  }
  if (RE_ISO.test(raw) || RE_PHONE.test(raw)) return void out.push({ k: "x", raw, lo, s, e, sp, junk: true })
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(raw)) return void out.push({ k: "x", raw, lo, s, e, sp })
  m = RE_DIMS.exec(raw)
  if (m) return void out.push({ k: "d", raw, lo, s, e, sp, v: new BigNumber(m[1]).toFixed(), v2: new BigNumber(m[2]).toFixed(), unit: m[4]?.toLowerCase() })
  m = RE_RANGE.exec(raw)
  if (m) {
    const tail = m[3].toLowerCase()
    // 555-0142 and 10-6 (opening hours) are not figures.
    const junk = !tail && (m[1].length >= 3 || m[2].length >= 3)
    return void out.push({ k: "r", raw, lo, s, e, sp, v: new BigNumber(m[1]).toFixed(), v2: new BigNumber(m[2]).toFixed(), unit: tail || undefined, junk })
  }
  m = RE_NUM_WORD.exec(raw)
  if (m) {
    const split = s + m[1].length
    out.push(num(m[1], s, sp, new BigNumber(m[1].startsWith(".") ? `0${m[1]}` : m[1]).toFixed()))
    out.push({ k: "w", raw: m[2], lo: m[2].toLowerCase(), s: split, e, sp: false, glued: true })
    return
  }
  m = RE_WORD_NUM.exec(raw)
  if (m) {
    const split = s + m[1].length
    const w = m[1].toLowerCase()
    out.push({ k: "w", raw: m[1], lo: w, s, e: split, sp })
    out.push(num(m[2], split, false, new BigNumber(m[2]).toFixed(), { glued: true, junk: !LETTERS_BEFORE_NUMBER.has(w) }))
    return
  }
  m = RE_NUM_HY_WORD.exec(raw)
  if (m) {
    const split = s + m[1].length + 1
    out.push(num(m[1], s, sp, m[1]))
    out.push({ k: "w", raw: m[2], lo: m[2].toLowerCase(), s: split, e, sp: false, hy: true })
    return
  }
  if (RE_WORDS_HY.test(raw)) {
    let at = s
    raw.split("-").forEach((part, idx) => {
      out.push({ k: "w", raw: part, lo: part.toLowerCase(), s: at, e: at + part.length, sp: idx === 0 ? sp : false, hy: idx > 0 })
      at += part.length + 1
    })
    return
  }
  if (RE_WORD.test(raw)) return void out.push({ k: "w", raw, lo, s, e, sp })
  m = RE_POSS.exec(raw)
  if (m) {
    const base = m[1].toLowerCase()
    if (CONTRACTED.has(base)) return void out.push({ k: "w", raw, lo, s, e, sp })
    return void out.push({ k: "w", raw, lo: base, s, e, sp, poss: true })
  }
  if (RE_APOS.test(raw)) return void out.push({ k: "w", raw, lo, s, e, sp })
  // Letters and digits mixed any other way: a code (SOL-4P, a SKU, a tracking number).
  out.push({ k: "x", raw, lo, s, e, sp })
}
