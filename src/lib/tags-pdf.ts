/**
 * Tags and job envelopes as PDF: pdfkit lays the page out, bwip-js draws
 * every barcode (as vector paths, so a 500-tag run stays fast and sharp on
 * any printer). Where things go comes from tags-print.ts.
 */
import PDFDocument from "pdfkit"
import bwipjs from "bwip-js"
import { assertPrintable, labelRegions, Rect, stageCardCode, TagData, tagLines, tagPlacements, TagStock, TagSymbology } from "./tags-print"

type Doc = InstanceType<typeof PDFDocument>

/** bwip-js's SVG of a symbol: its size in modules and its paths (stroked bars, or filled squares for QR). */
function symbol(bcid: "code128" | "qrcode", text: string) {
  const svg = bwipjs.toSVG({ bcid, text, scale: 1, ...(bcid === "code128" ? { height: 8 } : {}) } as any)
  const [, vw, vh] = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg)!
  const paths = [...svg.matchAll(/<path ([^>]*?)d="([^"]+)"/g)].map((m) => {
    const stroke = /stroke-width="([\d.]+)"/.exec(m[1])
    return { d: m[2], stroke: stroke ? Number(stroke[1]) : null }
  })
  return { w: Number(vw), h: Number(vh), paths }
}

/**
 * Draws a barcode into a box: scaled to fit its width (QR: the box's
 * smaller side), bars running the box's height. The quiet zone is left
 * round it by the caller's box.
 */
export function drawBarcode(doc: Doc, symbology: TagSymbology, text: string, box: Rect) {
  const s = symbol(symbology === "qr" ? "qrcode" : "code128", text)
  const quiet = symbology === "qr" ? 4 : 10
  const sx = box.w / (s.w + 2 * quiet)
  const sy = symbology === "qr" ? sx : box.h / s.h
  const scale = symbology === "qr" ? Math.min(sx, box.h / (s.h + 2 * quiet)) : sx
  const w = s.w * scale
  const h = symbology === "qr" ? s.h * scale : box.h
  doc.save()
  doc.translate(box.x + (box.w - w) / 2, box.y + (box.h - h) / 2)
  doc.scale(scale, symbology === "qr" ? scale : sy)
  for (const p of s.paths) {
    if (p.stroke !== null) doc.path(p.d).lineWidth(p.stroke).lineCap("butt").stroke("#000000")
    else doc.path(p.d).fill("#000000")
  }
  doc.restore()
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  return new Promise((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
}

/** Writes lines into a box, the font shrinking until they fit; each line on one line, cut with an ellipsis. */
function textBox(doc: Doc, lines: string[], box: Rect, max = 9, boldFirst = true) {
  const size = Math.max(3.5, Math.min(max, (box.h / Math.max(lines.length, 1)) * 0.85))
  let y = box.y
  lines.forEach((line, i) => {
    const bold = i === 0 && boldFirst
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(size)
    // The first line (the tag ID) is printed whole: its font shrinks to fit the width.
    if (bold) {
      const w = doc.widthOfString(line)
      if (w > box.w) doc.fontSize(Math.max(2.5, (size * box.w) / w))
    }
    doc.text(line, box.x, y, { width: box.w, height: size * 1.2, lineBreak: false, ellipsis: !bold })
    y += size * 1.15
  })
}

/**
 * Tags for the items given, each once and in the order given, on the chosen
 * stock: thermal stocks one tag per page (the printer's roll), sheets row by
 * row from `skip` labels already used.
 */
export async function renderTagsPdf(tags: TagData[], opts: { stock: TagStock; symbology: TagSymbology; skip?: number; title?: string }): Promise<Buffer> {
  const { stock, symbology } = opts
  assertPrintable(tags.map((t) => t.tag_id), stock, symbology)
  const doc = new PDFDocument({ size: [stock.page.w, stock.page.h], margin: 0, autoFirstPage: false, info: { Title: opts.title ?? "Tags", Producer: "medusa-plugin-jewelry-production" } })
  const out = collect(doc)
  const regions = labelRegions(stock, symbology)
  let page = -1
  for (const p of tagPlacements(stock, tags.length, opts.skip ?? 0)) {
    while (page < p.page) {
      doc.addPage({ size: [stock.page.w, stock.page.h], margin: 0 })
      page++
    }
    const t = tags[p.index]
    const at = (r: Rect): Rect => ({ x: p.x + r.x, y: p.y + r.y, w: r.w, h: r.h })
    drawBarcode(doc, symbology, t.tag_id, at(regions.barcode))
    textBox(doc, tagLines(t), at(regions.text))
  }
  if (page < 0) doc.addPage({ size: [stock.page.w, stock.page.h], margin: 0 })
  doc.end()
  return out
}

export type EnvelopeData = {
  number: string
  kind: string
  title: string
  customer: string | null
  order: string | null
  due_date: string | null
  rush: boolean
  specs: { label: string; value: string }[]
  stages: { id: string; name: string; department: string | null; status: string }[]
  materials: { tag_id: string | null; description: string; weight: string }[]
  /** The style's image, as image bytes (PNG or JPEG); none when the job has no style or it has no image. */
  image: Buffer | null
  notes: string | null
  labels: Record<string, string>
}

/** Where a job envelope's barcodes are: the job number, then one stage card per stage (for tests and for the reader's eye). */
export type EnvelopeLayout = { page: { w: number; h: number }; barcodes: { page: number; code: string; box: Rect }[] }

/**
 * The envelope (job bag) for a job, on Letter: the number as a barcode,
 * kind, customer or order, due date and rush, requested specs, the stages
 * with their departments each with its card (a barcode to scan when the
 * stage is done) and signature boxes, the materials issued with their tags
 * and weights, and the style's image.
 */
export async function renderEnvelopePdf(e: EnvelopeData): Promise<{ pdf: Buffer; layout: EnvelopeLayout }> {
  const W = 612
  const H = 792
  const M = 36
  const L = (k: string) => e.labels[k] ?? k
  const doc = new PDFDocument({ size: "LETTER", margin: M, autoFirstPage: false, info: { Title: `${e.number} envelope`, Producer: "medusa-plugin-jewelry-production" } })
  const out = collect(doc)
  const layout: EnvelopeLayout = { page: { w: W, h: H }, barcodes: [] }
  let page = 0
  doc.addPage({ size: "LETTER", margin: M })
  const newPage = () => {
    doc.addPage({ size: "LETTER", margin: M })
    page++
    return M
  }

  // Header: number, barcode, kind, rush.
  doc.font("Helvetica-Bold").fontSize(22).text(e.number, M, M, { lineBreak: false })
  if (e.rush) {
    doc.save().rect(M + 170, M - 2, 70, 26).fill("#000000").restore()
    doc.fillColor("#FFFFFF").font("Helvetica-Bold").fontSize(16).text(L("rush").toUpperCase(), M + 170, M + 3, { width: 70, align: "center", lineBreak: false }).fillColor("#000000")
  }
  const jobBox = { x: W - M - 230, y: M - 4, w: 230, h: 56 }
  drawBarcode(doc, "code128", e.number, jobBox)
  layout.barcodes.push({ page, code: e.number, box: jobBox })
  doc.font("Helvetica").fontSize(11).text(`${L("kind")}: ${e.kind}`, M, M + 30, { lineBreak: false })
  doc.font("Helvetica-Bold").fontSize(13).text(e.title, M, M + 64, { width: W - 2 * M - 130, lineBreak: false, ellipsis: true })

  // Who and when, and what was asked for.
  let y = M + 88
  const facts: [string, string | null][] = [
    [L("customer"), e.customer],
    [L("order"), e.order],
    [L("due_date"), e.due_date ? `${e.due_date}${e.rush ? ` — ${L("rush")}` : ""}` : null],
    ...e.specs.map((s) => [s.label, s.value] as [string, string]),
  ]
  const imageBox = { x: W - M - 120, y: M + 84, w: 120, h: 120 }
  for (const [k, v] of facts) {
    if (!v) continue
    doc.font("Helvetica-Bold").fontSize(10).text(`${k}:`, M, y, { width: 110, lineBreak: false })
    doc.font("Helvetica").fontSize(10).text(v, M + 112, y, { width: imageBox.x - M - 120, lineBreak: false, ellipsis: true })
    y += 15
  }
  if (e.image) {
    try {
      doc.image(e.image, imageBox.x, imageBox.y, { fit: [imageBox.w, imageBox.h], align: "center", valign: "center" })
      doc.rect(imageBox.x, imageBox.y, imageBox.w, imageBox.h).lineWidth(0.5).stroke("#888888")
    } catch {
      // An image pdfkit cannot read (not PNG or JPEG) is left out; the rest of the envelope still prints.
    }
  }
  if (e.notes) {
    doc.font("Helvetica-Oblique").fontSize(9).text(e.notes, M, y + 2, { width: imageBox.x - M - 10, height: 40, ellipsis: true })
    y += 42
  }
  y = Math.max(y, e.image ? imageBox.y + imageBox.h : 0) + 14

  // Stages: name, department, its card and signature boxes.
  doc.font("Helvetica-Bold").fontSize(12).text(L("stages"), M, y, { lineBreak: false })
  y += 18
  const rowH = 58
  for (const [i, s] of e.stages.entries()) {
    if (y + rowH > H - M) y = newPage()
    doc.rect(M, y, W - 2 * M, rowH - 4).lineWidth(0.6).stroke("#000000")
    doc.font("Helvetica-Bold").fontSize(10).text(`${i + 1}. ${s.name}`, M + 6, y + 5, { width: 200, lineBreak: false, ellipsis: true })
    const code = stageCardCode(e.number, s.id)
    // The card's code in writing too, to type when a scanner will not read it.
    doc.font("Helvetica").fontSize(8.5).text(`${s.department ?? "—"} · ${s.status.replace(/_/g, " ")} · ${code}`, M + 6, y + 19, { width: 200, lineBreak: false, ellipsis: true })
    const box = { x: M + 4, y: y + 30, w: 196, h: 22 }
    drawBarcode(doc, "code128", code, box)
    layout.barcodes.push({ page, code, box })
    const sx = M + 212
    const cols = [L("issued_by"), L("received_by"), L("date")]
    const cw = (W - 2 * M - 212 - 6) / cols.length
    cols.forEach((c, k) => {
      doc.rect(sx + k * cw, y + 4, cw - 4, rowH - 12).lineWidth(0.4).stroke("#666666")
      doc.font("Helvetica").fontSize(7).fillColor("#444444").text(c, sx + k * cw + 3, y + rowH - 18, { width: cw - 10, lineBreak: false }).fillColor("#000000")
    })
    y += rowH
  }

  // Materials issued.
  if (y + 40 > H - M) y = newPage()
  y += 8
  doc.font("Helvetica-Bold").fontSize(12).text(L("materials"), M, y, { lineBreak: false })
  y += 18
  if (!e.materials.length) {
    doc.font("Helvetica").fontSize(9).text(L("no_materials"), M, y, { lineBreak: false })
    y += 14
  }
  for (const m of e.materials) {
    if (y + 14 > H - M) y = newPage()
    doc.font("Helvetica-Bold").fontSize(9).text(m.tag_id ?? L("other_location"), M, y, { width: 150, lineBreak: false, ellipsis: true })
    doc.font("Helvetica").fontSize(9).text(m.description, M + 155, y, { width: 260, lineBreak: false, ellipsis: true })
    doc.text(m.weight, W - M - 120, y, { width: 120, align: "right", lineBreak: false })
    y += 14
  }
  doc.end()
  return { pdf: await out, layout }
}
