import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { selectOrderInventoryWorkflow } from "../../../../../workflows/jewelry-orders/workflows"
import { withStockConflicts } from "../../../../utils/http"
import { orderView } from "../../../../utils/order-view"
import { stockScope } from "../../../../utils/stock-scope"

/** Select Inventory: link stock to lines (deducting it) and optionally mark them Ready. */
export const POST = withStockConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await selectOrderInventoryWorkflow(req.scope).run({
    input: { order_id: req.params.id, lines: req.validatedBody.lines, actor_id: req.auth_context?.actor_id ?? null, location_ids: (await stockScope(req)).location_ids },
  })
  res.json(await orderView(req.scope, req.params.id))
})
