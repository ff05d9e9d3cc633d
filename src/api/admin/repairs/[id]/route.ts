import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { repairView } from "../view"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ repair: await repairView(req.scope, req.params.id) })
}
