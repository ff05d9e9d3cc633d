/**
 * `npm run eval:extraction`: the offline notes parser against the evaluation
 * sets in eval/extraction, matched against catalog.json, as of 2026-11-20:
 *
 * - the old set, notes.json (written from build-notes.py, 64 notes);
 * - notes-v2.json (written from build-notes-v2.py, other registers), in two
 *   halves: "dev", whose failures are read while improving the parser, and
 *   "heldout", written first and never tuned on: only its score is printed,
 *   never its failures (`--verbose` lists the old set's and dev's).
 *
 * Scoring (the same for every set): each expected row is paired with at most
 * one extracted row, best agreement first (ties by order). Three facts are
 * scored per row: quantity, weight with its unit (both must match; decimals
 * compared exactly), and the product match (the catalog SKU, or "no match"
 * when the row should stay a free description). A fact the parser states that
 * is not expected is a false positive, an expected one it misses a false
 * negative; a wrong value is both. Rows the parser invents count their stated
 * facts as false positives, rows it misses their expected facts as false
 * negatives. Each set's score is the micro-F1 over all three fields.
 *
 * Also printed: dates required read by chrono-node against the former regexes
 * on the notes that state one; a benchmark (notes per second over every set,
 * the slowest note, a 10,000-character note); and last, `f1=<n>` on the
 * held-out half.
 */
import fs from "node:fs"
import path from "node:path"
import { performance } from "node:perf_hooks"
import BigNumber from "bignumber.js"
import { findDate, findDateByRegex, NOTES_MAX_LENGTH, parseNotes } from "../src/lib/extraction"
import type { CatalogEntry, ExtractedRow } from "../src/lib/extraction"

type Expected = { quantity: number | null; weight: string | null; weight_unit: string | null; sku: string | null }
type Note = { id: string; kind: "sales" | "purchase"; text: string; expected: Expected[]; split?: "dev" | "heldout"; date?: string }

const dir = path.join(__dirname, "..", "eval", "extraction")
const catalog: (CatalogEntry & { sku: string })[] = JSON.parse(fs.readFileSync(path.join(dir, "catalog.json"), "utf8"))
const oldSet: Note[] = JSON.parse(fs.readFileSync(path.join(dir, "notes.json"), "utf8"))
const v2: Note[] = JSON.parse(fs.readFileSync(path.join(dir, "notes-v2.json"), "utf8"))
const today = new Date("2026-11-20T12:00:00Z")
const verbose = process.argv.includes("--verbose")

type Fact = "quantity" | "weight" | "product"
const FACTS: Fact[] = ["quantity", "weight", "product"]
type Tally = Record<Fact, { tp: number; fp: number; fn: number }>
const facts = (r: { quantity: number | null; weight: string | null; weight_unit: string | null; sku: string | null }): Record<Fact, string | null> => ({
  quantity: r.quantity === null ? null : String(r.quantity),
  weight: r.weight === null || r.weight_unit === null ? null : `${new BigNumber(r.weight).toFixed()} ${r.weight_unit}`,
  // "no match" is a fact too: a row that should stay a description must not be matched.
  product: r.sku ?? "none",
})
const skuOf = (row: ExtractedRow) => catalog.find((c) => c.variant_id === row.variant_id)?.sku ?? null

const f1 = (t: { tp: number; fp: number; fn: number }) => {
  const p = t.tp / Math.max(1, t.tp + t.fp)
  const r = t.tp / Math.max(1, t.tp + t.fn)
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}


function score(name: string, notes: Note[], showFailures: boolean): number {
  const tally: Tally = { quantity: { tp: 0, fp: 0, fn: 0 }, weight: { tp: 0, fp: 0, fn: 0 }, product: { tp: 0, fp: 0, fn: 0 } }
  const count = (got: string | null, want: string | null, f: Fact) => {
    if (got !== null && want !== null && got === want) tally[f].tp += 1
    else {
      if (got !== null) tally[f].fp += 1
      if (want !== null) tally[f].fn += 1
    }
  }
  let perfect = 0
  for (const note of notes) {
    const { rows } = parseNotes(note.text, { catalog, kind: note.kind, today })
    const got = rows.map((r) => facts({ quantity: r.quantity, weight: r.weight, weight_unit: r.weight_unit, sku: skuOf(r) }))
    const want = note.expected.map(facts)
    const agree = (a: Record<Fact, string | null>, b: Record<Fact, string | null>) => FACTS.filter((f) => a[f] === b[f]).length
    const usedG = new Set<number>()
    const usedW = new Set<number>()
    const pairs: [number, number][] = []
    const candidates = want.flatMap((w, wi) => got.map((g, gi) => ({ wi, gi, score: agree(g, w), dist: Math.abs(wi - gi) })))
    candidates.sort((a, b) => b.score - a.score || a.dist - b.dist)
    for (const c of candidates) {
      if (usedG.has(c.gi) || usedW.has(c.wi)) continue
      usedG.add(c.gi)
      usedW.add(c.wi)
      pairs.push([c.wi, c.gi])
    }
    let ok = got.length === want.length
    for (const [wi, gi] of pairs)
      for (const f of FACTS) {
        count(got[gi][f], want[wi][f], f)
        if (got[gi][f] !== want[wi][f]) ok = false
      }
    got.forEach((g, gi) => !usedG.has(gi) && FACTS.forEach((f) => count(g[f], null, f)))
    want.forEach((w, wi) => !usedW.has(wi) && FACTS.forEach((f) => count(null, w[f], f)))
    if (ok) perfect += 1
    else if (showFailures) {
      console.log(`${note.id} ${JSON.stringify(note.text)}\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}`)
      console.log(`  rows ${JSON.stringify(rows.map((r) => [r.description, r.source?.text, r.match_confidence]))}`)
    }
  }
  const all = Object.values(tally).reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 })
  const total = f1(all).f1
  console.log(
    `${name}: ${notes.length} notes (${notes.filter((n) => n.kind === "sales").length} sales, ${notes.filter((n) => n.kind === "purchase").length} purchase, ${notes.filter((n) => !n.expected.length).length} with nothing to order), rows expected: ${notes.reduce((n, x) => n + x.expected.length, 0)}, notes read perfectly: ${perfect}`
  )
  for (const f of FACTS) {
    const s = f1(tally[f])
    console.log(`  ${f.padEnd(8)} precision=${s.p.toFixed(3)} recall=${s.r.toFixed(3)} f1=${s.f1.toFixed(3)}  (tp ${tally[f].tp}, fp ${tally[f].fp}, fn ${tally[f].fn})`)
  }
  console.log(`  ${name} f1=${total.toFixed(3)}`)
  return total
}

const oldF1 = score("old set (notes.json)", oldSet, verbose)
const devF1 = score("v2 dev (notes-v2.json)", v2.filter((n) => n.split === "dev"), verbose)
const heldF1 = score("v2 held-out (notes-v2.json)", v2.filter((n) => n.split === "heldout"), false)

// Dates required: chrono-node (what the parser uses) against the regexes it replaced.
const dated = [...oldSet, ...v2].filter((n) => typeof n.date === "string")
const chronoHits = dated.filter((n) => findDate(n.text, today) === n.date).length
const regexHits = dated.filter((n) => findDateByRegex(n.text, today) === n.date).length
console.log(`dates required (${dated.length} notes state one): chrono-node ${chronoHits}/${dated.length}, former regexes ${regexHits}/${dated.length}`)

// Benchmark: every note of every set, a few rounds after the scoring pass warmed up. The slowest note is the one
// with the highest median over the rounds (a single parse can include a garbage-collection pause).
const everything = [...oldSet, ...v2]
const rounds = 5
const perNote = new Map<string, number[]>()
const benchStart = performance.now()
for (let i = 0; i < rounds; i++)
  for (const n of everything) {
    const started = performance.now()
    parseNotes(n.text, { catalog, kind: n.kind, today })
    const ms = performance.now() - started
    perNote.set(n.id, [...(perNote.get(n.id) ?? []), ms])
  }
const perSecond = (rounds * everything.length) / ((performance.now() - benchStart) / 1000)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const slowestId = [...perNote.entries()].reduce((a, b) => (median(b[1]) > median(a[1]) ? b : a))[0]
const slowest = { id: slowestId, ms: median(perNote.get(slowestId)!), chars: everything.find((n) => n.id === slowestId)!.text.length }
/** Median of 7 parses after 3 warm-up parses. */
const timeOf = (text: string) => {
  for (let i = 0; i < 3; i++) parseNotes(text, { catalog, kind: "purchase", today })
  const runs: number[] = []
  for (let i = 0; i < 7; i++) {
    const started = performance.now()
    parseNotes(text, { catalog, kind: "purchase", today })
    runs.push(performance.now() - started)
  }
  return runs.sort((a, b) => a - b)[3]
}
const words = "2 x 14K yellow casting grain 5 dwt and 3 round CZ 4mm, size 7 by Dec 12 1234567890 "
const tenK = words.repeat(Math.ceil(10_000 / words.length)).slice(0, 10_000)
const digits = "7".repeat(NOTES_MAX_LENGTH)
console.log(
  `benchmark: ${Math.round(perSecond)} notes/s over ${everything.length} notes × ${rounds}; slowest note ${slowest.id} (${slowest.chars} chars) ${slowest.ms.toFixed(2)} ms (median of ${rounds}); ` +
    `a 10,000-character note ${timeOf(tenK).toFixed(1)} ms (median of 7); ${NOTES_MAX_LENGTH.toLocaleString("en-US")} digits ${timeOf(digits).toFixed(1)} ms; ` +
    `over ${NOTES_MAX_LENGTH.toLocaleString("en-US")} characters refused: ${parseNotes(digits + "7", { catalog, kind: "purchase", today }).rows.length === 0}`
)
console.log(`summary: old f1=${oldF1.toFixed(3)}, dev f1=${devF1.toFixed(3)}, held-out f1=${heldF1.toFixed(3)}`)
console.log(`f1=${heldF1.toFixed(3)}`)
