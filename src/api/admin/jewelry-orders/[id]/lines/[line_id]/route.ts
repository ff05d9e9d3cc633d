import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setOrderLineMarkWorkflow } from "../../../../../../workflows/jewelry-orders/workflows"
import { orderView } from "../../../../../utils/order-view"

/** Mark a line Ready or Backordered by hand, or clear the mark (`manual: null`). */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  await setOrderLineMarkWorkflow(req.scope).run({
    input: { order_id: req.params.id, line_item_id: req.params.line_id, manual: req.validatedBody.manual, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json(await orderView(req.scope, req.params.id))
}
