import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STOCK_MODULE } from "../../../../modules/stock"
import type StockModuleService from "../../../../modules/stock/service"
import { retrieveStockItemOr404 } from "../../../../workflows/stock/steps/checks"
import { assertVisible, stockScope } from "../../../utils/stock-scope"
import { serializeMovement, serializeStockItem, serializeStoneSetting } from "../helpers"
import { parseQuery } from "../../../utils/validation"
import { StockItemDetail } from "../validators"

/** An item with its movement history, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const limit = parseQuery(StockItemDetail, req.query).movements_limit ?? 100
  const service: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const { location_ids, settings } = await stockScope(req)
  const item = await retrieveStockItemOr404(service, req.params.id)
  assertVisible(item, location_ids)
  const [movements, movement_count] = await service.listAndCountStockMovements(
    { stock_item_id: item.id },
    { order: { created_at: "DESC", id: "DESC" }, take: limit }
  )
  const stones = await service.listStoneSettings({ item_id: item.id } as any, { order: { created_at: "ASC" }, take: null as any })
  res.json({ stock_item: serializeStockItem(item, settings.karat_table as any), movements: movements.map(serializeMovement), movement_count, stones_set: stones.map(serializeStoneSetting) })
}
