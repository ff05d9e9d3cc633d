import { execFile, execFileSync } from "node:child_process"
import path from "node:path"

/** A printed box to read: page (0-based) and the box in PDF points. */
export type BoxToRead = { page: number; box: { x: number; y: number; w: number; h: number } } | { page: number; scan: true }

/**
 * Decodes the barcodes of a PDF the way a scanner reads paper: mupdf renders
 * each page to pixels and @zxing/library decodes each box (in a child Node
 * process, as mupdf is an ES module). Also returns each page's text.
 */
export function readPdf(pdf: Buffer, boxes: BoxToRead[], dpi = 600): { texts: any[]; pages: number; text: string[] } {
  const script = path.join(__dirname, "../../../scripts/decode-barcodes.mjs")
  const out = execFileSync(process.execPath, [script], { input: JSON.stringify({ pdf: pdf.toString("base64"), boxes, dpi }), maxBuffer: 256 * 1024 * 1024 })
  return JSON.parse(out.toString())
}

/** Every barcode on a page, top to bottom, as a scanner swept over the paper finds them (when where they are is not known). */
export function scanPdfPage(pdf: Buffer, page = 0, dpi = 300): string[] {
  return readPdf(pdf, [{ page, scan: true }], dpi).texts[0]
}

/** readPdf without blocking the event loop: for tests whose Medusa server runs in the same process. */
export function readPdfAsync(pdf: Buffer, boxes: BoxToRead[], dpi = 600): Promise<{ texts: any[]; pages: number; text: string[] }> {
  const script = path.join(__dirname, "../../../scripts/decode-barcodes.mjs")
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [script], { maxBuffer: 256 * 1024 * 1024 }, (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout.toString()))))
    child.stdin!.end(JSON.stringify({ pdf: pdf.toString("base64"), boxes, dpi }))
  })
}
