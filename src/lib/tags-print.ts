/**
 * Printed tags, job envelopes and bench scans: the pure rules. Where each
 * label goes on the chosen tag stock, what a tag says, the ZPL a Zebra
 * printer gets, and what a scanned code means. No Medusa, no I/O: the PDF
 * renderer (tags-pdf.ts), the routes and the admin share these.
 */
import BigNumber from "bignumber.js"
import { formatDecimal } from "./units"
import { TAG_MAX_LENGTH } from "./tags"

/** Points per inch and per millimetre (PDF units). */
const IN = 72
const MM = 72 / 25.4

export type TagSymbology = "code128" | "qr"
export const TAG_SYMBOLOGIES = ["code128", "qr"] as const satisfies readonly TagSymbology[]

export type Rect = { x: number; y: number; w: number; h: number }

export type TagStock = {
  id: string
  label: string
  /** thermal: one label per page (a roll); sheet: a grid of labels on a page. */
  kind: "thermal" | "sheet"
  page: { w: number; h: number }
  /** One label, in points. */
  label_size: { w: number; h: number }
  columns: number
  rows: number
  /** The first label's top-left corner and the distance from one label to the next. */
  origin: { x: number; y: number }
  pitch: { x: number; y: number }
  /** Thermal tags: the two printable flags (barcode on the first, text on the second); the tail between folds round the piece. */
  flags?: [Rect, Rect]
}

/**
 * The common jewelry tag stocks. Barbell and dumbbell tags are thermal-printer
 * rolls with two printable flags joined by a tail that goes round a ring's shank;
 * the sheets are standard address-label layouts.
 */
export const TAG_STOCKS: Record<string, TagStock> = {
  barbell_thermal: {
    id: "barbell_thermal",
    label: "Barbell tags, thermal roll (2.2 × 0.5 in, two 0.75 in flags)",
    kind: "thermal",
    page: { w: 2.2 * IN, h: 0.5 * IN },
    label_size: { w: 2.2 * IN, h: 0.5 * IN },
    columns: 1,
    rows: 1,
    origin: { x: 0, y: 0 },
    pitch: { x: 0, y: 0 },
    flags: [
      { x: 0.03 * IN, y: 0.03 * IN, w: 0.72 * IN, h: 0.44 * IN },
      { x: 1.45 * IN, y: 0.03 * IN, w: 0.72 * IN, h: 0.44 * IN },
    ],
  },
  dumbbell_thermal: {
    id: "dumbbell_thermal",
    label: "Dumbbell tags, thermal roll (2.25 × 0.4375 in, two 0.8 in flags)",
    kind: "thermal",
    page: { w: 2.25 * IN, h: 0.4375 * IN },
    label_size: { w: 2.25 * IN, h: 0.4375 * IN },
    columns: 1,
    rows: 1,
    origin: { x: 0, y: 0 },
    pitch: { x: 0, y: 0 },
    flags: [
      { x: 0.03 * IN, y: 0.03 * IN, w: 0.77 * IN, h: 0.3775 * IN },
      { x: 1.45 * IN, y: 0.03 * IN, w: 0.77 * IN, h: 0.3775 * IN },
    ],
  },
  letter_30: {
    id: "letter_30",
    label: "Letter sheet, 30 labels (2.625 × 1 in, 3 × 10)",
    kind: "sheet",
    page: { w: 8.5 * IN, h: 11 * IN },
    label_size: { w: 2.625 * IN, h: 1 * IN },
    columns: 3,
    rows: 10,
    origin: { x: 0.1875 * IN, y: 0.5 * IN },
    pitch: { x: 2.75 * IN, y: 1 * IN },
  },
  a4_24: {
    id: "a4_24",
    label: "A4 sheet, 24 labels (70 × 37 mm, 3 × 8)",
    kind: "sheet",
    page: { w: 210 * MM, h: 297 * MM },
    label_size: { w: 70 * MM, h: 37 * MM },
    columns: 3,
    rows: 8,
    origin: { x: 0, y: 0.5 * MM },
    pitch: { x: 70 * MM, y: 37 * MM },
  },
}
export const TAG_STOCK_IDS = Object.keys(TAG_STOCKS) as [string, ...string[]]
export const DEFAULT_TAG_STOCK = "letter_30"

export function tagStock(id: string | null | undefined): TagStock {
  return TAG_STOCKS[id ?? DEFAULT_TAG_STOCK] ?? TAG_STOCKS[DEFAULT_TAG_STOCK]
}

/** Where a label's barcode and text go, inside the label. */
export function labelRegions(stock: TagStock, symbology: TagSymbology): { barcode: Rect; text: Rect } {
  if (stock.flags) {
    const [a, b] = stock.flags
    if (symbology === "qr") {
      const side = Math.min(a.w, a.h)
      return { barcode: { x: a.x + (a.w - side) / 2, y: a.y + (a.h - side) / 2, w: side, h: side }, text: b }
    }
    return { barcode: a, text: b }
  }
  const { w, h } = stock.label_size
  const pad = 0.06 * IN
  if (symbology === "qr") {
    const side = h - 2 * pad
    return { barcode: { x: pad, y: pad, w: side, h: side }, text: { x: 2 * pad + side, y: pad, w: w - 3 * pad - side, h: h - 2 * pad } }
  }
  const bh = (h - 2 * pad) * 0.42
  return { barcode: { x: pad, y: pad, w: w - 2 * pad, h: bh }, text: { x: pad, y: pad + bh + 2, w: w - 2 * pad, h: h - 2 * pad - bh - 2 } }
}

/** The thinnest bar or module a tag printer makes: one dot at 203 dpi, in points. */
export const MIN_MODULE_PT = 72 / 203

/** Modules a QR symbol of this text needs at error correction M (versions 1–4 hold any tag of 50 characters). */
export function qrModules(text: string): number {
  const alnum = /^[0-9A-Z $%*+\-./:]*$/.test(text)
  const capacity = alnum ? [20, 38, 61, 90] : [14, 26, 42, 62]
  const version = capacity.findIndex((c) => text.length <= c) + 1 || 5
  return 17 + 4 * version
}

/**
 * Whether a code's barcode fits its box on this stock with every bar at
 * least one printer dot wide (and the quiet zone round it). A long tag's
 * Code 128 does not fit a barbell tag's flag: it is refused, naming QR,
 * rather than printed too fine to scan.
 */
export function barcodeFits(stock: TagStock, symbology: TagSymbology, code: string): { ok: true } | { ok: false; reason: string } {
  const box = labelRegions(stock, symbology).barcode
  if (symbology === "qr") {
    const need = qrModules(code) + 8
    return Math.min(box.w, box.h) / need >= MIN_MODULE_PT ? { ok: true } : { ok: false, reason: `"${code}" is too long for a QR code on ${stock.label}` }
  }
  const need = code128Modules(code) + 20
  const room = Math.floor(box.w / MIN_MODULE_PT)
  return need <= room
    ? { ok: true }
    : { ok: false, reason: `"${code}" needs ${need} bars and spaces of Code 128 and ${stock.label} has room for ${room}; print it as QR` }
}

/** A run that cannot be printed as asked (a code too long for its barcode box): the message names the field. */
export class TagPrintError extends Error {}

/** Refuses the run before anything is drawn when a code does not fit. */
export function assertPrintable(codes: string[], stock: TagStock, symbology: TagSymbology) {
  for (const code of codes) {
    if (!isPrintableCode(code)) throw new TagPrintError(`tag_id: "${code}" cannot be printed as a barcode`)
    const fit = barcodeFits(stock, symbology, code)
    if (!fit.ok) throw new TagPrintError(`symbology: ${fit.reason}`)
  }
}

export type Placement = { index: number; page: number; x: number; y: number }

/** Where the n-th label of a run goes: in the order chosen, filling each sheet row by row from `skip` (labels already used on the first sheet). */
export function tagPlacements(stock: TagStock, count: number, skip = 0): Placement[] {
  const perPage = stock.columns * stock.rows
  const out: Placement[] = []
  for (let i = 0; i < count; i++) {
    const slot = i + (stock.kind === "sheet" ? skip : 0)
    const page = Math.floor(slot / perPage)
    const k = slot % perPage
    const col = k % stock.columns
    const row = Math.floor(k / stock.columns)
    out.push({ index: i, page, x: stock.origin.x + col * stock.pitch.x, y: stock.origin.y + row * stock.pitch.y })
  }
  return out
}

/** What the workshop prints for one stock item. */
export type TagData = {
  tag_id: string
  name: string | null
  weight: string | null
  weight_unit: string | null
  purity: string | null
  size: string | null
  /** Medusa's price of the linked variant, as an exact decimal in major units. */
  price: { amount: string; currency_code: string } | null
}

/** Money as "USD 1,250.00": exact, two places (or the currency's own places when given). */
export function formatPrice(price: TagData["price"], places = 2): string | null {
  if (!price) return null
  const n = new BigNumber(price.amount)
  if (!n.isFinite()) return null
  return `${price.currency_code.toUpperCase()} ${n.toFormat(places, BigNumber.ROUND_HALF_UP)}`
}

/** The text lines of a tag, in print order: the tag ID first (under or beside its barcode), then what is set of name, weight, purity and size, and price. */
export function tagLines(t: TagData): string[] {
  const weight = t.weight !== null && t.weight !== undefined ? `${formatDecimal(t.weight, 8)} ${t.weight_unit ?? ""}`.trim() : null
  const puritySize = [t.purity, t.size ? `Size ${t.size}` : null].filter(Boolean).join(" · ")
  return [t.tag_id, t.name, weight, puritySize || null, formatPrice(t.price)].filter((l): l is string => !!l && l.trim() !== "")
}

/** Items in the order chosen, each once: a repeated id keeps its first place. */
export function uniqueInOrder<T>(ids: T[]): T[] {
  const seen = new Set<T>()
  return ids.filter((id) => (seen.has(id) ? false : (seen.add(id), true)))
}

// ---------------------------------------------------------------- ZPL

export const ZPL_DPI = [203, 300, 600] as const

/** Text for a ZPL field with ^FH: the characters ZPL would read as commands, hex-escaped. */
export function zplText(s: string): string {
  return s.replace(/[\\^~]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`).replace(/[\r\n\t]+/g, " ")
}

/** Modules of a Code 128 symbol in subset B: start, data, check character, stop. */
export const code128Modules = (text: string) => 11 * (text.length + 2) + 13

/**
 * One ZPL label (^XA … ^XZ) per item, in the order given. The barcode is
 * the printer's own: ^BC (Code 128) or ^BQ (QR, ^FDMA,<tag>) with the exact
 * tag in ^FD; the text fields go through ^FH so no name can inject commands.
 */
export function tagsZpl(tags: TagData[], opts: { stock: TagStock; symbology: TagSymbology; dpi?: number }): string {
  const dpi = opts.dpi ?? 203
  const d = (pt: number) => Math.max(0, Math.round((pt / 72) * dpi))
  const { stock, symbology } = opts
  const regions = labelRegions(stock, symbology)
  const bc = regions.barcode
  assertPrintable(tags.map((t) => t.tag_id), stock, symbology)
  return tags
    .map((t) => {
      const out = ["^XA", "^CI28", `^PW${d(stock.label_size.w)}`, `^LL${d(stock.label_size.h)}`, "^LH0,0"]
      if (symbology === "qr") {
        // Magnification: modules of a version 1–3 symbol (21–29) fit the box.
        const mag = Math.max(1, Math.min(10, Math.floor(d(bc.w) / 29)))
        out.push(`^FO${d(bc.x)},${d(bc.y)}^BQN,2,${mag}^FDMA,${t.tag_id}^FS`)
      } else {
        const hr = Math.round(d(bc.h) * 0.25)
        const module = Math.max(1, Math.floor(d(bc.w) / code128Modules(t.tag_id)))
        out.push(`^FO${d(bc.x)},${d(bc.y)}^BY${module}^BCN,${Math.max(10, d(bc.h) - hr)},N,N,N,A^FD${t.tag_id}^FS`)
      }
      const lines = tagLines(t)
      const tx = regions.text
      const size = Math.max(12, Math.min(d(10), Math.floor(d(tx.h) / Math.max(lines.length, 1))))
      lines.forEach((line, i) => {
        out.push(`^FO${d(tx.x)},${d(tx.y) + i * size}^A0N,${size},${size}^FB${d(tx.w)},1,0,L^FH\\^FD${zplText(line)}^FS`)
      })
      out.push("^XZ")
      return out.join("\n")
    })
    .join("\n")
}

// ---------------------------------------------------------------- scans

/** Characters a tag or job code may hold to be printed as a barcode and typed back by a scanner. */
export function isPrintableCode(code: string): boolean {
  return code.length > 0 && code.length <= TAG_MAX_LENGTH && /^[\x21-\x7E]+$/.test(code)
}

export const JOB_NUMBER_RE = /^JOB-(\d{5,})$/
/** A stage card on a job's envelope: the job's number, S and the last 8 characters of the job stage's id. */
export const STAGE_CARD_RE = /^JOB-(\d{5,})-S([0-9A-Z]{8})$/

export function stageCardCode(jobNumber: string, jobStageId: string): string {
  return `${jobNumber}-S${jobStageId.slice(-8).toUpperCase()}`
}

export type ScanCode =
  | { kind: "job"; code: string; number: number }
  | { kind: "stage"; code: string; number: number; stage_suffix: string }
  | { kind: "tag"; code: string }

/**
 * What a scanned code is. A hand scanner types the code and Enter; what it
 * typed is trimmed of whitespace and control characters (a scanner's
 * prefix or suffix) and read as a stage card, a job number or a tag ID.
 * Nothing else is guessed: anything that is none of these is null.
 */
export function parseScanCode(raw: string): ScanCode | null {
  const code = String(raw ?? "").replace(/[\x00-\x1F\x7F]/g, "").trim()
  if (!isPrintableCode(code)) return null
  const upper = code.toUpperCase()
  const stage = STAGE_CARD_RE.exec(upper)
  if (stage) return { kind: "stage", code: upper, number: Number(stage[1]), stage_suffix: stage[2] }
  const job = JOB_NUMBER_RE.exec(upper)
  if (job) return { kind: "job", code: upper, number: Number(job[1]) }
  return { kind: "tag", code }
}

/** The stage a card names, among the job's stages (ids end with the card's suffix, case aside). */
export function stageForCard<T extends { id: string }>(stages: T[], suffix: string): T | null {
  const s = suffix.toUpperCase()
  const matches = stages.filter((st) => st.id.slice(-8).toUpperCase() === s)
  return matches.length === 1 ? matches[0] : null
}

/**
 * Advancing a job by a stage card: only the job's current stage moves on
 * (completing it starts the next). A card of a finished stage or of one
 * not yet reached says so, and nothing changes.
 */
export function stageCardCheck(
  stages: { id: string; rank: number; status: string; stage_name: string }[],
  scanned: { id: string }
): { ok: true } | { ok: false; reason: string } {
  const ordered = [...stages].sort((a, b) => a.rank - b.rank)
  const current = ordered.find((s) => s.status !== "completed" && s.status !== "skipped") ?? null
  const st = ordered.find((s) => s.id === scanned.id)!
  if (st.status === "completed") return { ok: false, reason: `stage "${st.stage_name}" is already completed` }
  if (st.status === "skipped") return { ok: false, reason: `stage "${st.stage_name}" was skipped` }
  if (!current || current.id !== st.id) {
    return { ok: false, reason: `stage "${st.stage_name}" is not the job's current stage${current ? ` ("${current.stage_name}" is)` : ""}` }
  }
  return { ok: true }
}
