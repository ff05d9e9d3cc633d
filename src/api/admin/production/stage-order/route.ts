import { withConflicts } from "../../../utils/http"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reorderProductionStagesWorkflow } from "../../../../workflows"

export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<{ ids: string[] }>, res: MedusaResponse) => {
  const { result } = await reorderProductionStagesWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ ids: result })
})
