import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateShipmentTrackingWorkflow } from "../../../../../workflows/order-ops/workflows"
import { orderView } from "../../../../utils/order-view"

/** Update a shipment's tracking status from the admin. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const { result } = await updateShipmentTrackingWorkflow(req.scope).run({
    input: { shipment_id: req.params.id, ...req.validatedBody, source: "admin", actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ changed: result.changed, ...(await orderView(req.scope, result.shipment.order_id)) })
}
