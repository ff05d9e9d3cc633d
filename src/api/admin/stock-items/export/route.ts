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
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="stock-items.csv"`)
  res.write(toCsv([...STOCK_CSV_COLUMNS], []))
  const page = 1000
  for (let skip = 0; ; skip += page) {
    const items = await service.listStockItems(filters, { order: stockOrder(q.order), take: page, skip })
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
