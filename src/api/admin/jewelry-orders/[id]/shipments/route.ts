import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createOrderShipmentJewelryWorkflow } from "../../../../../workflows/order-ops/workflows"
import { withStockConflicts } from "../../../../utils/http"
import { orderView } from "../../../../utils/order-view"
import { stockScope } from "../../../../utils/stock-scope"

/** Manage Shipment: Medusa's fulfillment and shipment with the carrier's tracking number. */
export const POST = withStockConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { result } = await createOrderShipmentJewelryWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null, location_ids: (await stockScope(req)).location_ids },
  })
  res.json({ shipment: result.shipment, ...(await orderView(req.scope, req.params.id)) })
})
