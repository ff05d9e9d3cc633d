/**
 * How long printing 500 tags takes, the way the server renders them (plain
 * Node; jest's module sandbox makes bwip-js's QR encoder about 3× slower).
 * Prints one JSON line: milliseconds per output and the PDF's size.
 *   node -r ts-node/register/transpile-only scripts/tags-benchmark.ts [count]
 */
import { renderTagsPdf } from "../src/lib/tags-pdf"
import { TAG_STOCKS, tagsZpl, TagData } from "../src/lib/tags-print"

async function main() {
  const count = Number(process.argv[2] ?? 500)
  const tags: TagData[] = Array.from({ length: count }, (_, i) => ({
    tag_id: `JWRM${String(i + 1).padStart(4, "0")}`,
    name: `Solitaire ring mount ${i + 1}`,
    weight: "3.25",
    weight_unit: "g",
    purity: "14K",
    size: "7",
    price: { amount: "1250", currency_code: "usd" },
  }))
  const out: Record<string, number> = { count }
  for (const symbology of ["code128", "qr"] as const) {
    let t = process.hrtime.bigint()
    const pdf = await renderTagsPdf(tags, { stock: TAG_STOCKS.letter_30, symbology })
    out[`pdf_${symbology}_ms`] = Math.round(Number(process.hrtime.bigint() - t) / 1e6)
    out[`pdf_${symbology}_bytes`] = pdf.length
    t = process.hrtime.bigint()
    tagsZpl(tags, { stock: TAG_STOCKS.dumbbell_thermal, symbology })
    out[`zpl_${symbology}_ms`] = Math.round(Number(process.hrtime.bigint() - t) / 1e6)
  }
  process.stdout.write(JSON.stringify(out) + "\n")
}
main()
