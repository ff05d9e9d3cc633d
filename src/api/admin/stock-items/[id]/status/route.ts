import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STOCK_MODULE } from "../../../../../modules/stock"
import { changeStockStatusWorkflow } from "../../../../../workflows"
import { retrieveStockItemOr404 } from "../../../../../workflows/stock/steps/checks"
import { assertVisible, stockScope } from "../../../../utils/stock-scope"
import { serializeStockItem } from "../../helpers"

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const service: any = req.scope.resolve(STOCK_MODULE)
  const { location_ids, settings } = await stockScope(req)
  assertVisible(await retrieveStockItemOr404(service, req.params.id), location_ids)
  await changeStockStatusWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status, note: req.validatedBody.note, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ stock_item: serializeStockItem(await retrieveStockItemOr404(service, req.params.id), settings.karat_table as any) })
}
