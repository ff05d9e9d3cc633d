import net from "node:net"
import { sendToTagPrinter } from "../tag-printer"

/** A fake Zebra printer: a TCP server that keeps what it is sent. */
function fakePrinter(behaviour: "take" | "silent" = "take") {
  const jobs: Buffer[] = []
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    const chunks: Buffer[] = []
    if (behaviour === "silent") {
      socket.pause() // never reads: the sender's buffer fills and it must give up
      return
    }
    socket.on("data", (c) => chunks.push(c))
    socket.on("end", () => {
      jobs.push(Buffer.concat(chunks))
      socket.end()
    })
  })
  return new Promise<{ port: number; jobs: Buffer[]; close: () => Promise<void> }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        jobs,
        close: () => new Promise((r) => {
          sockets.forEach((s) => s.destroy())
          server.close(() => r())
        }),
      })
    )
  )
}

describe("Sending tags to a network printer (raw TCP, as Zebra printers take ZPL)", () => {
  it("the printer receives the whole ZPL, byte for byte", async () => {
    const printer = await fakePrinter()
    const zpl = "^XA^FO10,10^BCN,40,N,N,N,A^FDJWRM0001^FS^FO10,60^A0N,20,20^FH\\^FDRing – 14K^FS^XZ\n".repeat(200)
    const sent = await sendToTagPrinter(zpl, { host: "127.0.0.1", port: printer.port, timeout_ms: 3000 })
    await new Promise((r) => setTimeout(r, 50))
    expect(sent.bytes).toBe(Buffer.byteLength(zpl))
    expect(printer.jobs).toHaveLength(1)
    expect(printer.jobs[0].toString("utf8")).toBe(zpl)
    await printer.close()
  })

  it("a printer that refuses the connection is named in the error", async () => {
    const printer = await fakePrinter()
    const port = printer.port
    await printer.close()
    await expect(sendToTagPrinter("^XA^XZ", { host: "127.0.0.1", port, timeout_ms: 2000 })).rejects.toThrow(`tag_printer: the printer at 127.0.0.1:${port} refused the connection`)
  })

  it("a printer that does not take the job gives up after the timeout", async () => {
    const printer = await fakePrinter("silent")
    const big = "^XA^FDX^FS^XZ".repeat(2_000_000)
    const t0 = Date.now()
    await expect(sendToTagPrinter(big, { host: "127.0.0.1", port: printer.port, timeout_ms: 300 })).rejects.toThrow(/did not take the job within 300 ms/)
    expect(Date.now() - t0).toBeLessThan(3000)
    await printer.close()
  })
})
