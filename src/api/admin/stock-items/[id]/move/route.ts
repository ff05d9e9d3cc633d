import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../../../modules/stock"
import { moveStockItemWorkflow } from "../../../../../workflows"
import { retrieveStockItemOr404 } from "../../../../../workflows/stock/steps/checks"
import { assertVisible, stockScope } from "../../../../utils/stock-scope"
import { serializeStockItem } from "../../helpers"

/** Moves an item to another location, rack or bin. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const service: any = req.scope.resolve(STOCK_MODULE)
  const { location_ids, settings } = await stockScope(req)
  assertVisible(await retrieveStockItemOr404(service, req.params.id), location_ids)
  const b = req.validatedBody
  if (location_ids && b.location_id && !location_ids.includes(b.location_id)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "location_id: you can only move stock to your own locations")
  }
  await moveStockItemWorkflow(req.scope).run({
    input: { id: req.params.id, ...b, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ stock_item: serializeStockItem(await retrieveStockItemOr404(service, req.params.id), settings.karat_table as any) })
}
