import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receivePurchaseOrderWorkflow } from "../../../../../workflows/purchasing"
import { withConflicts } from "../../../../utils/http"
import { purchaseOrderResponse } from "../../view"

/** Receive Inventory, whole or in part: stock items with tag IDs at a location. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { result } = await receivePurchaseOrderWorkflow(req.scope).run({
    input: { purchase_order_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({
    purchase_order: await purchaseOrderResponse(req.scope, req.params.id),
    created_items: result.items.map((i: any) => ({ id: i.id, tag_id: i.tag_id, pieces: i.pieces, weight: String(i.weight), weight_unit: i.weight_unit })),
  })
})
