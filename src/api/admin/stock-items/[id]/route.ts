import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STOCK_MODULE } from "../../../../modules/stock"
import type StockModuleService from "../../../../modules/stock/service"
import { retrieveStockItemOr404 } from "../../../../workflows/stock/steps/checks"
import { assertVisible, stockScope } from "../../../utils/stock-scope"
import { serializeMovement, serializeStockItem } from "../helpers"
import { parseQuery } from "../../../utils/validation"
import { StockItemDetail } from "../validators"

/** An item with its movement history, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const limit = parseQuery(StockItemDetail, req.query).movements_limit ?? 100
  const service: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const { location_ids } = await stockScope(req)
  const item = await retrieveStockItemOr404(service, req.params.id)
  assertVisible(item, location_ids)
  const [movements, movement_count] = await service.listAndCountStockMovements(
    { stock_item_id: item.id },
    { order: { created_at: "DESC", id: "DESC" }, take: limit }
  )
  res.json({ stock_item: serializeStockItem(item), movements: movements.map(serializeMovement), movement_count })
}
