/**
 * How long printing 500 tags takes, the way the server renders them (plain
 * Node; jest's module sandbox makes bwip-js's QR encoder about 3× slower).
 * Prints one JSON line: milliseconds per output (wall and CPU) and the PDF's
 * size; exits 1 when any output of 500 tags used 5 s or more of CPU (the
 * issue's limit; on an idle core wall time equals it, on a shared machine
 * wall time also counts the other processes' turns).
 *   npm run bench:tags   (node -r ts-node/register/transpile-only scripts/tags-benchmark.ts [count])
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
  // Wall time, and the CPU time the render itself used (on a machine busy with other work the two part ways).
  const timed = async <T>(key: string, f: () => Promise<T> | T) => {
    const t = process.hrtime.bigint()
    const c = process.cpuUsage()
    const r = await f()
    const cpu = process.cpuUsage(c)
    out[`${key}_ms`] = Math.round(Number(process.hrtime.bigint() - t) / 1e6)
    out[`${key}_cpu_ms`] = Math.round((cpu.user + cpu.system) / 1000)
    return r
  }
  for (const symbology of ["code128", "qr"] as const) {
    const pdf = await timed(`pdf_${symbology}`, () => renderTagsPdf(tags, { stock: TAG_STOCKS.letter_30, symbology }))
    out[`pdf_${symbology}_bytes`] = pdf.length
    await timed(`zpl_${symbology}`, () => tagsZpl(tags, { stock: TAG_STOCKS.dumbbell_thermal, symbology }))
  }
  process.stdout.write(JSON.stringify(out) + "\n")
  const slow = Object.entries(out).filter(([k, v]) => k.endsWith("_cpu_ms") && count >= 500 && v >= 5000)
  if (slow.length) {
    process.stderr.write(`500 tags must render in under 5 s: ${slow.map(([k, v]) => `${k}=${v}`).join(", ")}\n`)
    process.exitCode = 1
  }
}
main()
