import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveRepairWorkflow } from "../../../../../workflows"
import { withConflicts } from "../../../../utils/http"
import { repairView } from "../../view"

/** The customer approves the estimate. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await approveRepairWorkflow(req.scope).run({ input: { id: req.params.id, ...(req.validatedBody ?? {}) } })
  res.json({ repair: await repairView(req.scope, req.params.id) })
})
