import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setOrderHoldWorkflow } from "../../../../../workflows/jewelry-orders/workflows"
import { orderView } from "../../../../utils/order-view"

/** Release an order from hold. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await setOrderHoldWorkflow(req.scope).run({ input: { order_id: req.params.id, on_hold: false, actor_id: req.auth_context?.actor_id ?? null } })
  res.json(await orderView(req.scope, req.params.id))
}
