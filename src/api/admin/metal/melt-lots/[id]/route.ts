import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { meltLotView } from "../../view"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ melt_lot: await meltLotView(req.scope, req.params.id) })
}
