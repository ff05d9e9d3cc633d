import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STOCK_MODULE } from "../../../../modules/stock"
import type StockModuleService from "../../../../modules/stock/service"
import { parseQuery } from "../../../utils/validation"
import { stockScope } from "../../../utils/stock-scope"
import { toCsv } from "../../../../lib/csv"
import { ListStockItems } from "../validators"
import { serializeStockItem, STOCK_CSV_COLUMNS, stockFilters, stockOrder } from "../helpers"

/** Exactly the filtered set of the list (without paging) as CSV, read in pages so memory stays flat. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseQuery(ListStockItems, req.query)
  const { location_ids, settings } = await stockScope(req)
  const service: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const filters = stockFilters(q, location_ids)
  const page = 1000
  const read = (skip: number) => service.listStockItems(filters, { order: stockOrder(q.order), take: page, skip })
  // The first page is read before anything is sent: a failure is still an ordinary error response, not a cut connection.
  let items = await read(0)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="stock-items.csv"`)
  res.write(toCsv([...STOCK_CSV_COLUMNS], []))
  for (let skip = 0; ; skip += page) {
    if (skip > 0) items = await read(skip)
    if (!items.length) break
    const rows = items.map((i) => {
      const s = serializeStockItem(i, settings.karat_table as any)
      return STOCK_CSV_COLUMNS.map((c) => s[c])
    })
    res.write(toCsv([], rows).replace(/^\r\n/, ""))
    if (items.length < page) break
  }
  res.end()
}
