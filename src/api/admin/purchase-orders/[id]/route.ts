import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removePurchaseOrderWorkflow } from "../../../../workflows/purchasing"
import { purchaseOrderResponse } from "../view"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ purchase_order: await purchaseOrderResponse(req.scope, req.params.id) })
}

/** Remove, after confirmation: the order with its lines and receipts. Stock already received stays. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await removePurchaseOrderWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: result.id, object: "purchase_order", deleted: true, kept_stock_items: result.kept_stock_items })
}
