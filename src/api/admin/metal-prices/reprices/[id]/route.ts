import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runView } from "../../view"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ reprice: await runView(req.scope, req.params.id) })
}
