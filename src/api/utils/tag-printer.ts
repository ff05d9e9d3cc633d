import net from "node:net"
import type { TagPrinterOptions } from "../../lib/plugin-options"

/** The printer did not take the job: unreachable, refused, or silent past the timeout. */
export class TagPrinterError extends Error {}

/**
 * Sends ZPL to a network label printer the way Zebra printers take it: raw
 * TCP (port 9100), the whole job, then the connection closed. Resolves
 * once the printer has taken every byte and closed or acknowledged the end;
 * rejects naming the printer when it cannot be reached in time.
 */
export function sendToTagPrinter(zpl: string, printer: TagPrinterOptions): Promise<{ bytes: number }> {
  const where = `${printer.host}:${printer.port}`
  const data = Buffer.from(zpl, "utf8")
  return new Promise((resolve, reject) => {
    let settled = false
    const done = (err: Error | null) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      if (err) reject(err)
      else resolve({ bytes: data.length })
    }
    const socket = net.createConnection({ host: printer.host, port: printer.port })
    const timer = setTimeout(
      () => done(new TagPrinterError(`tag_printer: the printer at ${where} did not take the job within ${printer.timeout_ms} ms`)),
      printer.timeout_ms
    )
    socket.on("connect", () => socket.end(data))
    // The printer may close first, or leave it to us once everything is sent.
    socket.on("finish", () => done(null))
    socket.on("close", (hadError) => (hadError ? undefined : done(null)))
    socket.on("error", (e: NodeJS.ErrnoException) =>
      done(new TagPrinterError(`tag_printer: the printer at ${where} ${e.code === "ECONNREFUSED" ? "refused the connection" : `could not be reached (${e.code ?? e.message})`}`))
    )
  })
}
