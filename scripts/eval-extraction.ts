/**
 * `npm run eval:extraction`: the offline notes parser against the evaluation
 * set in eval/extraction (notes.json, written from eval/extraction/build-notes.py,
 * matched against catalog.json), as of 2026-11-20.
 *
 * Scoring: each expected row is paired with at most one extracted row, best
 * agreement first (ties by order). Three facts are scored per row:
 * quantity, weight with its unit (both must match; decimals compared exactly),
 * and the product match (the catalog SKU, or "no match" when the row should
 * stay a free description). A fact the parser states that is not expected is a
 * false positive, an expected one it misses a false negative; a wrong value is
 * both. Rows the parser invents count their stated facts as false positives,
 * rows it misses their expected facts as false negatives. The last line is the
 * micro-F1 over all three fields: `f1=<n>`.
 */
import fs from "node:fs"
import path from "node:path"
import BigNumber from "bignumber.js"
import { parseNotes } from "../src/lib/extraction"
import type { CatalogEntry, ExtractedRow } from "../src/lib/extraction"

type Expected = { quantity: number | null; weight: string | null; weight_unit: string | null; sku: string | null }
type Note = { id: string; kind: "sales" | "purchase"; text: string; expected: Expected[] }

const dir = path.join(__dirname, "..", "eval", "extraction")
const catalog: (CatalogEntry & { sku: string })[] = JSON.parse(fs.readFileSync(path.join(dir, "catalog.json"), "utf8"))
const notes: Note[] = JSON.parse(fs.readFileSync(path.join(dir, "notes.json"), "utf8"))
const today = new Date("2026-11-20T12:00:00Z")
const verbose = process.argv.includes("--verbose")

type Fact = "quantity" | "weight" | "product"
const facts = (r: { quantity: number | null; weight: string | null; weight_unit: string | null; sku: string | null }): Record<Fact, string | null> => ({
  quantity: r.quantity === null ? null : String(r.quantity),
  weight: r.weight === null || r.weight_unit === null ? null : `${new BigNumber(r.weight).toFixed()} ${r.weight_unit}`,
  // "no match" is a fact too: a row that should stay a description must not be matched.
  product: r.sku ?? "none",
})
const skuOf = (row: ExtractedRow) => catalog.find((c) => c.variant_id === row.variant_id)?.sku ?? null

const tally: Record<Fact, { tp: number; fp: number; fn: number }> = {
  quantity: { tp: 0, fp: 0, fn: 0 },
  weight: { tp: 0, fp: 0, fn: 0 },
  product: { tp: 0, fp: 0, fn: 0 },
}
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
  const agree = (a: Record<Fact, string | null>, b: Record<Fact, string | null>) => (["quantity", "weight", "product"] as Fact[]).filter((f) => a[f] === b[f]).length
  const pairs: [number, number][] = []
  const usedG = new Set<number>()
  const usedW = new Set<number>()
  const candidates = want.flatMap((w, wi) => got.map((g, gi) => ({ wi, gi, score: agree(g, w), dist: Math.abs(wi - gi) })))
  candidates.sort((a, b) => b.score - a.score || a.dist - b.dist)
  for (const c of candidates) {
    if (usedG.has(c.gi) || usedW.has(c.wi)) continue
    usedG.add(c.gi)
    usedW.add(c.wi)
    pairs.push([c.wi, c.gi])
  }
  let ok = got.length === want.length
  for (const [wi, gi] of pairs) for (const f of ["quantity", "weight", "product"] as Fact[]) {
    count(got[gi][f], want[wi][f], f)
    if (got[gi][f] !== want[wi][f]) ok = false
  }
  got.forEach((g, gi) => !usedG.has(gi) && (["quantity", "weight", "product"] as Fact[]).forEach((f) => count(g[f], null, f)))
  want.forEach((w, wi) => !usedW.has(wi) && (["quantity", "weight", "product"] as Fact[]).forEach((f) => count(null, w[f], f)))
  if (ok) perfect += 1
  else if (verbose) console.log(`${note.id} ${JSON.stringify(note.text)}\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}`)
}

const f1 = (t: { tp: number; fp: number; fn: number }) => {
  const p = t.tp / Math.max(1, t.tp + t.fp)
  const r = t.tp / Math.max(1, t.tp + t.fn)
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}
console.log(`notes: ${notes.length} (${notes.filter((n) => n.kind === "sales").length} sales, ${notes.filter((n) => n.kind === "purchase").length} purchase), rows expected: ${notes.reduce((n, x) => n + x.expected.length, 0)}, notes read perfectly: ${perfect}`)
for (const f of ["quantity", "weight", "product"] as Fact[]) {
  const s = f1(tally[f])
  console.log(`${f.padEnd(8)} precision=${s.p.toFixed(3)} recall=${s.r.toFixed(3)} f1=${s.f1.toFixed(3)}  (tp ${tally[f].tp}, fp ${tally[f].fp}, fn ${tally[f].fn})`)
}
const all = Object.values(tally).reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 })
console.log(`f1=${f1(all).f1.toFixed(3)}`)
