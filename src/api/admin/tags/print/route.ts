import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { stockScope } from "../../../utils/stock-scope"
import { TagPrintError, tagStock, tagsZpl, TagSymbology } from "../../../../lib/tags-print"
import { renderTagsPdf } from "../../../../lib/tags-pdf"
import { pluginOptions } from "../../../../utils/plugin-options"
import { sendToTagPrinter, TagPrinterError } from "../../../utils/tag-printer"
import { tagDataFor, visibleItemsInOrder } from "../helpers"
import type { PrintTagsType } from "../validators"

/**
 * Tags for the chosen stock items (the caller's locations only), each once
 * and in the order chosen: a PDF for the tag stock of the settings, ZPL for
 * a Zebra printer, or that ZPL sent to the network printer of the plugin
 * options. Prints; changes nothing.
 */
export async function POST(req: AuthenticatedMedusaRequest<PrintTagsType>, res: MedusaResponse) {
  const b = req.validatedBody
  const { location_ids, settings } = await stockScope(req)
  const printer = b.send ? pluginOptions(req.scope).tag_printer : undefined
  if (b.send && !printer) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "send: no tag printer is set; add tag_printer: { host, port } to the plugin's options, or download the tags")
  }
  if (b.send && b.format !== "zpl") throw new MedusaError(MedusaError.Types.INVALID_DATA, "format: a network printer takes ZPL; send with format \"zpl\"")
  const items = await visibleItemsInOrder(req.scope, b.stock_item_ids, location_ids)
  const tags = await tagDataFor(req.scope, items)
  const stock = tagStock(b.stock ?? settings.tag_stock)
  const symbology = (b.symbology ?? settings.tag_symbology ?? "code128") as TagSymbology
  const name = `tags-${new Date().toISOString().slice(0, 10)}`
  try {
    if (b.format === "pdf") {
      const pdf = await renderTagsPdf(tags, { stock, symbology, skip: b.skip, title: `${tags.length} tags` })
      res.setHeader("Content-Type", "application/pdf")
      res.setHeader("Content-Disposition", `attachment; filename="${name}.pdf"`)
      res.setHeader("X-Tag-Count", String(tags.length))
      res.status(200).send(pdf)
      return
    }
    const zpl = tagsZpl(tags, { stock, symbology, dpi: b.dpi })
    if (printer) {
      try {
        const sent = await sendToTagPrinter(zpl, printer)
        res.json({ sent: true, printer: `${printer.host}:${printer.port}`, labels: tags.length, bytes: sent.bytes, tag_ids: tags.map((t) => t.tag_id) })
      } catch (e) {
        if (e instanceof TagPrinterError) {
          res.status(502).json({ type: "printer_unreachable", message: e.message })
          return
        }
        throw e
      }
      return
    }
    res.setHeader("Content-Type", "text/plain; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${name}.zpl"`)
    res.setHeader("X-Tag-Count", String(tags.length))
    res.status(200).send(zpl)
  } catch (e) {
    if (e instanceof TagPrintError) throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    throw e
  }
}
