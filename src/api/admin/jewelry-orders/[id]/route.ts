import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderView } from "../../../utils/order-view"

/** The order page's jewelry panel: chips, lines, jobs, shipments, selections and the production summary. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await orderView(req.scope, req.params.id))
}
