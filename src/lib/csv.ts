/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  let i = 0
  const src = text.replace(/^\uFEFF/, "")
  while (i < src.length) {
    const ch = src[i]
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      field += ch
      i++
      continue
    }
    if (ch === '"' && field === "") {
      quoted = true
      i++
      continue
    }
    if (ch === ",") {
      row.push(field)
      field = ""
      i++
      continue
    }
    if (ch === "\n" || ch === "\r") {
      row.push(field)
      rows.push(row)
      row = []
      field = ""
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1
      continue
    }
    field += ch
    i++
  }
  if (quoted) throw new Error("CSV ends inside a quoted field")
  if (field !== "" || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ""))
}

/** Parses a CSV with a header row into records keyed by the lower-cased header names. */
export function parseCsvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const rows = parseCsv(text)
  if (!rows.length) return { header: [], records: [] }
  const header = rows[0].map((h) => h.trim().toLowerCase())
  const records = rows.slice(1).map((r) => {
    const rec: Record<string, string> = {}
    header.forEach((h, idx) => (rec[h] = (r[idx] ?? "").trim()))
    return rec
  })
  return { header, records }
}

/**
 * A cell's text as a spreadsheet should see it: dates in ISO, and a leading
 * = + - @ (which a spreadsheet would run as a formula) behind a quote mark,
 * numbers excepted. Quoting is the CSV writer's.
 */
export function spreadsheetSafe(value: unknown): string {
  if (value === null || value === undefined) return ""
  const s = value instanceof Date ? value.toISOString() : String(value)
  return /^[=+\-@]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s
}

function cell(value: unknown): string {
  const safe = spreadsheetSafe(value)
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n"
}
