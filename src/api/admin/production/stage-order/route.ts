import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reorderProductionStagesWorkflow } from "../../../../workflows"

export async function POST(req: AuthenticatedMedusaRequest<{ ids: string[] }>, res: MedusaResponse) {
  const { result } = await reorderProductionStagesWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ ids: result })
}
