import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { loadOrder } from "../../../../../workflows/jewelry-orders/order-facts"

/** Shipping options to choose from when an order (one created in the admin, say) has no shipping method. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await loadOrder(req.scope, req.params.id)
  const options: any[] = await req.scope.resolve(Modules.FULFILLMENT).listShippingOptions({}, { select: ["id", "name", "provider_id"], take: 100 })
  res.json({ shipping_options: options.map((o) => ({ id: o.id, name: o.name, provider_id: o.provider_id })) })
}
