import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createOrderShipmentJewelryWorkflow } from "../../../../../workflows/jewelry-orders/workflows"
import { MedusaError } from "@medusajs/framework/utils"
import { jewelryOrders } from "../../../../../workflows/jewelry-orders/order-facts"
import { withStockConflicts } from "../../../../utils/http"
import { orderView } from "../../../../utils/order-view"
import { stockScope } from "../../../../utils/stock-scope"

/** Manage Shipment: Medusa's fulfillment and shipment with the carrier's tracking number. */
export const POST = withStockConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  // The carrier's webhook finds the parcel by its tracking number: one live shipment per number.
  const number = req.validatedBody.tracking_number
  const [clash]: any[] = await jewelryOrders(req.scope).listShipments({ tracking_number: number, status: { $ne: "cancelled" } } as any, { take: 1 })
  if (clash) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `tracking_number: ${number} is already the tracking number of another shipment${clash.order_id === req.params.id ? " of this order" : ""}`)
  }
  const { result } = await createOrderShipmentJewelryWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null, location_ids: (await stockScope(req)).location_ids },
  })
  res.json({ shipment: result.shipment, ...(await orderView(req.scope, req.params.id)) })
})
