import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelOrderLinesWorkflow } from "../../../../../workflows/jewelry-orders/workflows"
import { withConflicts } from "../../../../utils/http"
import { orderView } from "../../../../utils/order-view"

/** Cancel selected lines, after the admin confirmed: their selected stock goes back. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await cancelOrderLinesWorkflow(req.scope).run({
    input: { order_id: req.params.id, line_item_ids: req.validatedBody.line_item_ids, reason: req.validatedBody.reason, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json(await orderView(req.scope, req.params.id))
})
