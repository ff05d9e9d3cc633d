import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { selectOrderInventoryWorkflow } from "../../../../../workflows/order-ops/workflows"
import { withConflicts } from "../../../../utils/http"
import { orderView } from "../../../../utils/order-view"

/** Select Inventory: link stock to lines (deducting it) and optionally mark them Ready. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await selectOrderInventoryWorkflow(req.scope).run({
    input: { order_id: req.params.id, lines: req.validatedBody.lines, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json(await orderView(req.scope, req.params.id))
})
