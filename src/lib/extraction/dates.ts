import * as chrono from "chrono-node"
import type { Priority } from "./types"
import { tokenize, type Tok } from "./tokenize"

/**
 * Dates and priorities in order notes. Dates are read by chrono-node, but only
 * around a word that says "date" (a month, a weekday, "tomorrow", "in 2 weeks",
 * or digits like 12/4 after "by", "due", "before"…): chrono alone reads "1/2 ozt"
 * as the 2nd of January and "at 5" as a time. Each look is a window of a few
 * tokens, so a long note costs a bounded number of short parses.
 */

const MONTHS = ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"]
const MONTH_WORDS = new Set(MONTHS)
const DAY_WORDS = new Set(["monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday"])
const RELATIVE = new Set(["today", "tomorrow", "tmrw", "tmr", "tonight", "christmas", "xmas", "weekend", "eow", "eom"])
/** Words right before a date that make it the date the order is needed by. */
const NEED_CUES = new Set(["by", "before", "due", "until", "till", "deadline", "eta", "latest", "needed", "need", "ready", "deliver", "delivered", "delivery"])
const SOFT_CUES = new Set(["on", "for"])
/** At most this many windows go to chrono per note; later dates are only masked. */
const MAX_CHRONO_WINDOWS = 40

export type DateSpan = { start: number; end: number; iso: string; need: number; past: boolean }

const parser = chrono.casual

function iso(y: number, m: number, d: number) {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
}

const isNumericDate = (t: Tok) => t.k === "x" && /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/.test(t.raw)

/** Is token i a word that starts a date (or a numeric date after a cue)? */
function isCue(toks: Tok[], i: number): boolean {
  const t = toks[i]
  if (t.k === "x" && /^\d{4}-\d{2}-\d{2}$/.test(t.raw)) return true
  if (t.k === "w") {
    if (MONTH_WORDS.has(t.lo) || DAY_WORDS.has(t.lo) || RELATIVE.has(t.lo)) return t.lo !== "may" || (i + 1 < toks.length && toks[i + 1].k === "n")
    if (t.lo === "next" || t.lo === "end") {
      const n = toks[i + 1]
      return !!n && n.k === "w" && (["week", "month", "of"].includes(n.lo) || DAY_WORDS.has(n.lo))
    }
    if (t.lo === "in") {
      const a = toks[i + 1]
      const b = toks[i + 2]
      return !!a && !!b && (a.k === "n" || a.lo === "a" || a.lo === "two" || a.lo === "three") && /^(day|days|week|weeks|month|months)$/.test(b.lo)
    }
    return false
  }
  if (isNumericDate(t)) {
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (toks[j].k === "w" && (NEED_CUES.has(toks[j].lo) || SOFT_CUES.has(toks[j].lo))) return true
    return /\/\d{2,4}$/.test(t.raw) && t.raw.split("/").length === 3
  }
  return false
}

/**
 * Finds the dates in the notes and marks their tokens (so "Dec 12" is never a
 * count of 12). Returns each date with how strongly it reads as "needed by".
 */
export function markDates(toks: Tok[], text: string, today: Date): DateSpan[] {
  const spans: DateSpan[] = []
  const ref = { instant: today, timezone: "UTC" } as any
  const todayIso = today.toISOString().slice(0, 10)
  let windows = 0
  let coveredUntil = -1
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].k === "nl" || toks[i].s < coveredUntil || !isCue(toks, i)) continue
    // A window of a few tokens on the same line around the cue.
    let a = i
    while (a > 0 && i - a < 4 && toks[a - 1].k !== "nl") a -= 1
    let b = i
    while (b + 1 < toks.length && b - i < 5 && toks[b + 1].k !== "nl") b += 1
    const from = toks[a].s
    const chunk = text.slice(from, toks[b].e)
    if (windows >= MAX_CHRONO_WINDOWS) {
      // Past the budget: mask the cue and the number next to it, no reading.
      for (let j = i; j <= Math.min(b, i + 1); j++) if (toks[j].k !== "w" || j === i) toks[j].date = true
      continue
    }
    windows += 1
    let results: chrono.ParsedResult[] = []
    try {
      results = parser.parse(chunk, ref, { forwardDate: true })
    } catch {
      results = []
    }
    for (const r of results) {
      const start = from + r.index
      const end = start + r.text.length
      if (end <= toks[i].s || start >= toks[i].e) continue // must contain the cue
      const c = r.start
      // A time alone ("at 5", "10am") is no date.
      if (!c.isCertain("day") && !c.isCertain("weekday") && !/\b(?:week|month|weekend)\b/i.test(r.text)) continue
      const y = c.get("year")
      const m = c.get("month")
      const d = c.get("day")
      if (!y || !m || !d) continue
      const date = iso(y, m, d)
      // How strongly the words before say "needed by".
      let need = 0
      for (let j = a; j < toks.length && toks[j].e <= start; j++) {
        if (toks[j].k !== "w") continue
        const gap = countTokens(toks, j, start)
        if (gap <= 3 && NEED_CUES.has(toks[j].lo)) need = 2
        else if (gap <= 2 && SOFT_CUES.has(toks[j].lo) && need < 1) need = 1
      }
      spans.push({ start, end, iso: date, need, past: date < todayIso })
      for (let j = a; j <= b; j++) if (toks[j].s >= start && toks[j].e <= end) toks[j].date = true
      coveredUntil = Math.max(coveredUntil, end)
    }
  }
  return spans
}

function countTokens(toks: Tok[], j: number, until: number): number {
  let n = 0
  for (let k = j + 1; k < toks.length && toks[k].s < until; k++) n += 1
  return n
}

/** The date the order is needed by among the dates found: "by …" first, then "on/for …", then any; never a past one. */
export function pickDate(spans: DateSpan[]): string | null {
  let best: DateSpan | null = null
  for (const s of spans) {
    if (s.past) continue
    if (!best || s.need > best.need) best = s
  }
  return best?.iso ?? null
}

/** A date the notes ask for, relative to today: "by Dec 12", "due 2026-12-01", "before 12/05", "next Friday", "in 2 weeks" (chrono-node). */
export function findDate(text: string, today: Date): string | null {
  const toks = tokenize(String(text ?? ""))
  return pickDate(markDates(toks, String(text ?? ""), today))
}

/** A priority in words: see ./priority (each row takes the words near it). */
export { findPriority } from "./priority"

// ---- the regexes chrono-node replaced, kept for the evaluation's comparison ----

const REGEX_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
const REGEX_DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 }
const isoOf = (d: Date) => d.toISOString().slice(0, 10)

/** The former date reader (regular expressions), as the parser had it before chrono-node. */
export function findDateByRegex(text: string, today: Date): string | null {
  const t = String(text ?? "").toLowerCase()
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t)
  if (m) return `${m[1]}-${m[2]}-${m[3]}`
  const year = today.getUTCFullYear()
  const future = (mo: number, day: number) => {
    let d = new Date(Date.UTC(year, mo, day))
    if (d.getTime() < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) d = new Date(Date.UTC(year + 1, mo, day))
    return isoOf(d)
  }
  m = new RegExp(String.raw`\b(${REGEX_MONTHS.join("|")})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b`).exec(t)
  if (m) return future(REGEX_MONTHS.indexOf(m[1]), Number(m[2]))
  m = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${REGEX_MONTHS.join("|")})[a-z]*\b`).exec(t)
  if (m) return future(REGEX_MONTHS.indexOf(m[2]), Number(m[1]))
  m = /\b(?:by|before|due|on|until|for)\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/.exec(t)
  if (m) {
    if (m[3]) return isoOf(new Date(Date.UTC(Number(m[3].length === 2 ? `20${m[3]}` : m[3]), Number(m[1]) - 1, Number(m[2]))))
    return future(Number(m[1]) - 1, Number(m[2]))
  }
  m = new RegExp(String.raw`\b(?:next|this|by|before|on)\s+(${REGEX_DAYS.join("|")})\b`).exec(t)
  if (m) {
    const want = REGEX_DAYS.indexOf(m[1])
    const add = (want - today.getUTCDay() + 7) % 7 || 7
    return isoOf(new Date(today.getTime() + add * 86400000))
  }
  m = /\bin\s+(\d+|one|two|three|four|five|six)\s+(day|week|month)s?\b/.exec(t)
  if (m) {
    const n = /\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]]
    const days = m[2] === "day" ? n : m[2] === "week" ? n * 7 : n * 30
    return isoOf(new Date(today.getTime() + days * 86400000))
  }
  if (/\btomorrow\b/.test(t)) return isoOf(new Date(today.getTime() + 86400000))
  if (/\bend of (?:the )?month\b/.test(t)) return isoOf(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0)))
  return null
}
