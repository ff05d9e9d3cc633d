import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import { createStockItemsWorkflow } from "../../../workflows"
import { parseQuery } from "../../utils/validation"
import { withConflicts } from "../../utils/http"
import { stockScope } from "../../utils/stock-scope"
import { ListStockItems } from "./validators"
import { serializeStockItem, stockFilters, stockOrder } from "./helpers"

/** Stock items, filtered, sorted and paged, limited to the caller's locations. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseQuery(ListStockItems, req.query)
  const { location_ids, settings } = await stockScope(req)
  const service: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const limit = q.limit ?? 20
  const offset = q.offset ?? 0
  const [items, count] = await service.listAndCountStockItems(stockFilters(q, location_ids), {
    order: stockOrder(q.order),
    take: limit,
    skip: offset,
  })
  res.json({ stock_items: items.map((i: any) => serializeStockItem(i, settings.karat_table as any)), count, limit, offset })
}

/** Records one item (the body is the item) or many (`{ items: [...] }`) in one go. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { location_ids, settings } = await stockScope(req)
  const body = req.validatedBody
  const items = body.items
  if (location_ids) {
    const outside = items.findIndex((i: any) => !location_ids.includes(i.location_id))
    if (outside >= 0) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `location_id: you can only record stock at your own locations`)
    }
  }
  const { result } = await createStockItemsWorkflow(req.scope).run({
    input: { items, actor_id: req.auth_context?.actor_id ?? null },
  })
  const serialized = result.map((i: any) => serializeStockItem(i, settings.karat_table as any))
  res.status(201).json(body.single ? { stock_item: serialized[0] } : { stock_items: serialized })
})
