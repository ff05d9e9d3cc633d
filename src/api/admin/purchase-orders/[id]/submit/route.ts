import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setPurchaseOrderStatusWorkflow } from "../../../../../workflows/purchasing"
import { purchaseOrderResponse } from "../../view"

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  await setPurchaseOrderStatusWorkflow(req.scope).run({ input: { id: req.params.id, status: "submitted", terms_accepted: (req.validatedBody as any)?.terms_accepted } })
  res.json({ purchase_order: await purchaseOrderResponse(req.scope, req.params.id) })
}
