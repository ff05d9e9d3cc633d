import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify"
import { once } from "node:events"
import { STOCK_MODULE } from "../../../../modules/stock"
import type StockModuleService from "../../../../modules/stock/service"
import { parseQuery } from "../../../utils/validation"
import { stockScope } from "../../../utils/stock-scope"
import { spreadsheetSafe } from "../../../../lib/csv"
import { ListStockItems } from "../validators"
import type { PageEdge } from "../../../../lib/page-cursor"
import { serializeStockItem, STOCK_CSV_COLUMNS, stockFilters, stockOrder } from "../helpers"

const PAGE = 1000

/**
 * Exactly the filtered set of the list (without paging) as CSV, streamed: the
 * items are read a page at a time (in the list's order, ties broken by id, so
 * no row is read twice or missed) and written through csv-stringify, waiting
 * whenever the client reads slower than the database, so the server holds one
 * page at most whatever the number of rows.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseQuery(ListStockItems, req.query)
  const { location_ids, settings } = await stockScope(req)
  const service: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const filters = stockFilters(q, location_ids)
  // Plain rows (no entities for 50,000 items), each page read from where the last ended in the list's index.
  const order = stockOrder(q.order)
  const read = (after?: PageEdge) => service.listStockItemRows(filters, { order, take: PAGE, skip: 0, after })
  // The first page is read before anything is sent: a failure is still an ordinary error response, not a cut connection.
  let page = await read()
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="stock-items.csv"`)
  const csv = stringify({ header: true, columns: [...STOCK_CSV_COLUMNS], record_delimiter: "\r\n" })
  csv.pipe(res)
  let failed: Error | null = null
  csv.once("error", (e) => (failed = e))
  try {
    for (;;) {
      for (const i of page.rows) {
        const s = serializeStockItem(i, settings.karat_table as any)
        if (!csv.write(STOCK_CSV_COLUMNS.map((c) => spreadsheetSafe(s[c])))) await once(csv, "drain")
      }
      if (failed) throw failed
      if (page.rows.length < PAGE) break
      page = await read(page.edges.last!)
    }
    csv.end()
  } catch (e) {
    // Headers are gone: the client sees a cut download rather than a partial file that looks whole.
    csv.destroy(e as Error)
    res.destroy(e as Error)
  }
}
