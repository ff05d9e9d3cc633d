import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setOrderHoldWorkflow } from "../../../../../workflows/jewelry-orders/workflows"
import { orderView } from "../../../../utils/order-view"

/** Put the order on hold: nothing ships until it is released. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  await setOrderHoldWorkflow(req.scope).run({ input: { order_id: req.params.id, on_hold: true, reason: req.validatedBody.reason, actor_id: req.auth_context?.actor_id ?? null } })
  res.json(await orderView(req.scope, req.params.id))
}
