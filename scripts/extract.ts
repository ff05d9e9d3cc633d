/**
 * `npm run extract -- <file> [--catalog catalog.json] [--kind sales|purchase]`: prints, as JSON,
 * the rows the offline parser reads from a text file of order notes, one order's notes per
 * blank-line-separated block. The catalog defaults to eval/extraction/catalog.json.
 */
import fs from "node:fs"
import path from "node:path"
import { parseNotes } from "../src/lib/extraction"

const args = process.argv.slice(2)
const opt = (name: string) => {
  const i = args.indexOf(name)
  if (i < 0) return undefined
  const v = args[i + 1]
  args.splice(i, 2)
  return v
}
const catalogFile = opt("--catalog") ?? path.join(__dirname, "..", "eval", "extraction", "catalog.json")
const kind = (opt("--kind") ?? "sales") as "sales" | "purchase"
const file = args[0]
if (!file || !fs.existsSync(file)) {
  console.error("usage: npm run extract -- <notes.txt> [--catalog catalog.json] [--kind sales|purchase]")
  process.exit(2)
}
const catalog = JSON.parse(fs.readFileSync(catalogFile, "utf8"))
const blocks = fs
  .readFileSync(file, "utf8")
  .split(/\r?\n\s*\r?\n/)
  .map((b) => b.trim())
  .filter(Boolean)
const orders = blocks.map((notes, i) => ({ order: i + 1, notes, ...parseNotes(notes, { catalog, kind }) }))
console.log(JSON.stringify(orders, null, 2))
