import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePurchaseOrder, setPurchaseOrderStatusWorkflow } from "../../../../../workflows/purchasing"
import { purchaseOrderView } from "../../view"

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  await setPurchaseOrderStatusWorkflow(req.scope).run({ input: { id: req.params.id, status: "cancelled", terms_accepted: (req.validatedBody as any)?.terms_accepted } })
  res.json({ purchase_order: purchaseOrderView(await retrievePurchaseOrder(req.scope, req.params.id)) })
}
