import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refiningLotView } from "../../view"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ refining_lot: await refiningLotView(req.scope, req.params.id) })
}
