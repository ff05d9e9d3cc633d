#!/usr/bin/env node
/**
 * Reads printed barcodes back the way a scanner would: mupdf renders a PDF
 * page to pixels, @zxing/library decodes the barcode in each box asked for.
 * Used by the tests (the PDF and the boxes come on stdin as JSON:
 * { pdf: base64, dpi?, boxes: [{ page, box: { x, y, w, h } }] } in points),
 * answers { texts: [decoded or null, ...], pages } on stdout.
 * `--png <page> <out.png>` renders a page to a PNG instead (the README's tag image).
 */
import fs from "node:fs"
import * as mupdf from "mupdf"
import zx from "@zxing/library"

function render(doc, pageNo, dpi) {
  const page = doc.loadPage(pageNo)
  const s = dpi / 72
  const pix = page.toPixmap(mupdf.Matrix.scale(s, s), mupdf.ColorSpace.DeviceGray, false, true)
  return { w: pix.getWidth(), h: pix.getHeight(), n: pix.getNumberOfComponents(), px: pix.getPixels(), s, pix }
}

/** Every barcode on a page, top to bottom, by reading it in overlapping bands (a scanner's line over the paper): each distinct text once. */
function scanPage(doc, pageNo, dpi, pages) {
  if (!pages.has(pageNo)) pages.set(pageNo, render(doc, pageNo, dpi))
  const r = pages.get(pageNo)
  const found = []
  const hPt = r.h / r.s
  const wPt = r.w / r.s
  for (let y = 0; y < hPt; y += 8) {
    for (const [x, w] of [[0, wPt], [0, wPt / 2], [wPt / 2, wPt / 2]]) {
      const text = decodeAt(r, { x, y, w, h: 26 }, 0)
      if (text !== null && !found.includes(text)) found.push(text)
    }
  }
  return found
}

function decodeAt(r, box, padPt = 6) {
  const pad = padPt * r.s
  const x0 = Math.max(0, Math.floor(box.x * r.s - pad))
  const y0 = Math.max(0, Math.floor(box.y * r.s - pad))
  const x1 = Math.min(r.w, Math.ceil((box.x + box.w) * r.s + pad))
  const y1 = Math.min(r.h, Math.ceil((box.y + box.h) * r.s + pad))
  const w = x1 - x0
  const h = y1 - y0
  if (w < 8 || h < 8) return null
  const lum = new Uint8ClampedArray(w * h)
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) lum[y * w + x] = r.px[((y0 + y) * r.w + (x0 + x)) * r.n]
  const hints = new Map([
    [zx.DecodeHintType.TRY_HARDER, true],
    [zx.DecodeHintType.POSSIBLE_FORMATS, [zx.BarcodeFormat.CODE_128, zx.BarcodeFormat.QR_CODE]],
  ])
  for (const Binarizer of [zx.HybridBinarizer, zx.GlobalHistogramBinarizer]) {
    try {
      return new zx.MultiFormatReader().decode(new zx.BinaryBitmap(new Binarizer(new zx.RGBLuminanceSource(lum, w, h))), hints).getText()
    } catch {
      // try the other binarizer
    }
  }
  return null
}

export function decodeBoxes(pdf, boxes, dpi = 600) {
  const doc = mupdf.Document.openDocument(pdf, "application/pdf")
  const pages = new Map()
  const texts = boxes.map(({ page, box, scan }) => {
    if (scan) return scanPage(doc, page, dpi, pages)
    if (!pages.has(page)) pages.set(page, render(doc, page, dpi))
    const r = pages.get(page)
    return decodeAt(r, box)
  })
  return { texts, pages: doc.countPages(), text: Array.from({ length: doc.countPages() }, (_, i) => doc.loadPage(i).toStructuredText().asText()) }
}

export function pageToPng(pdf, pageNo, dpi = 300) {
  const doc = mupdf.Document.openDocument(pdf, "application/pdf")
  const page = doc.loadPage(pageNo)
  const s = dpi / 72
  return Buffer.from(page.toPixmap(mupdf.Matrix.scale(s, s), mupdf.ColorSpace.DeviceRGB, false, true).asPNG())
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // zxing reports each reader that found nothing on the console; the answer is on stdout alone.
  console.log = console.warn = () => {}
  if (process.argv[2] === "--png") {
    const [, , , pageNo, pdfPath, outPath] = process.argv
    fs.writeFileSync(outPath, pageToPng(fs.readFileSync(pdfPath), Number(pageNo)))
  } else {
    const input = JSON.parse(fs.readFileSync(0, "utf8"))
    process.stdout.write(JSON.stringify(decodeBoxes(Buffer.from(input.pdf, "base64"), input.boxes, input.dpi ?? 600)))
  }
}
