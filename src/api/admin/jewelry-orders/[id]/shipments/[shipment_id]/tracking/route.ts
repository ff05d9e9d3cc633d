import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateShipmentTrackingWorkflow } from "../../../../../../../workflows/jewelry-orders/workflows"
import { jewelryOrders } from "../../../../../../../workflows/jewelry-orders/order-facts"
import { orderView } from "../../../../../../utils/order-view"

/** Update the tracking status of one of this order's shipments from the admin. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const [shipment]: any[] = await jewelryOrders(req.scope).listShipments({ id: req.params.shipment_id, order_id: req.params.id }, { take: 1 })
  if (!shipment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shipment ${req.params.shipment_id} of order ${req.params.id} was not found`)
  const { result } = await updateShipmentTrackingWorkflow(req.scope).run({
    input: { shipment_id: shipment.id, ...req.validatedBody, source: "admin", actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ changed: result.changed, ...(await orderView(req.scope, result.shipment.order_id)) })
}
