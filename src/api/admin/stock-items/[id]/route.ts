import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STOCK_MODULE } from "../../../../modules/stock"
import type StockModuleService from "../../../../modules/stock/service"
import { retrieveStockItemOr404 } from "../../../../workflows/stock/steps/checks"
import { assertVisible, stockScope } from "../../../utils/stock-scope"
import { serializeMovement, serializeStockItem } from "../helpers"

/** An item with its movement history, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const { location_ids } = await stockScope(req)
  const item = await retrieveStockItemOr404(service, req.params.id)
  assertVisible(item, location_ids)
  const limit = Math.min(Number(req.query.movements_limit ?? 100) || 100, 500)
  const [movements, movement_count] = await service.listAndCountStockMovements(
    { stock_item_id: item.id },
    { order: { created_at: "DESC", id: "DESC" }, take: limit }
  )
  res.json({ stock_item: serializeStockItem(item), movements: movements.map(serializeMovement), movement_count })
}
