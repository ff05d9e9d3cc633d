import type { Priority } from "./types"

/**
 * The priority of each row of an order's notes, from the words near that row:
 * its own words first ("the tennis bracelet is a rush"), then the rest of its
 * sentence or line that no other row claims, then words standing in a
 * sentence of their own that names no row ("Whole order is urgent."). A
 * "rush" beside one row no longer makes every row Rush.
 */
export function findPriority(text: string): Priority | null {
  // "no rush" and "not urgent" say normal, though they contain the rush words.
  if (/\b(no rush|not urgent|no hurry|whenever|normal priority)\b/i.test(text)) return "normal"
  if (/\b(rush|urgent|asap|a\.s\.a\.p|expedite|expedited|emergency)\b/i.test(text)) return "rush"
  if (/\b(high priority|priority|important|vip)\b/i.test(text)) return "high"
  if (/\bstandard (priority|turnaround|delivery)\b/i.test(text)) return "normal"
  return null
}

type Span = { start: number; end: number }

/** Sentences and lines of the notes, as spans. */
export function sentencesOf(text: string): Span[] {
  const out: Span[] = []
  const re = /[^\n.;!?]+(?:[.;!?]+(?=\s|$)|\n|$)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    if (!m[0].length) {
      re.lastIndex++
      continue
    }
    out.push({ start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** The text of `span` with the given spans blanked out. */
function without(text: string, span: Span, cut: Span[]): string {
  const chars = text.slice(span.start, span.end).split("")
  for (const c of cut) {
    for (let i = Math.max(c.start, span.start); i < Math.min(c.end, span.end); i++) chars[i - span.start] = " "
  }
  return chars.join("")
}

const WORDS = /\b(no rush|not urgent|no hurry|whenever|normal priority|rush|urgent|asap|a\.s\.a\.p|expedite|expedited|emergency|high priority|priority|important|vip)\b/gi

const distance = (at: number, r: Span) => (at < r.start ? r.start - at : at >= r.end ? at - r.end + 1 : 0)

export function rowPriorities(text: string, rows: Span[]): (Priority | null)[] {
  const sentences = sentencesOf(text)
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end
  // Sentences that name no row speak for the whole order.
  const general = sentences.filter((s) => !rows.some((r) => overlaps(r, s)))
  const whole = general.map((s) => findPriority(text.slice(s.start, s.end))).find((p) => p !== null) ?? null
  return rows.map((row, i) => {
    const own = findPriority(text.slice(row.start, row.end))
    if (own) return own
    // Words in the row's sentence that no row holds go to the row nearest them.
    for (const s of sentences.filter((x) => overlaps(x, row))) {
      const inSentence = rows.filter((r) => overlaps(r, s))
      const free = without(text, s, rows)
      for (const m of free.matchAll(WORDS)) {
        const at = s.start + (m.index ?? 0)
        const nearest = inSentence.reduce((best, r) => (distance(at, r) < distance(at, best) ? r : best), inSentence[0])
        if (nearest === rows[i]) return findPriority(m[0])
      }
    }
    return whole
  })
}
