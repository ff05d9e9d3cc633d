import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { estimateRepairWorkflow } from "../../../../../workflows"
import { withConflicts } from "../../../../utils/http"
import { repairView } from "../../view"

/** The estimate for the customer (again, until they approve it). */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await estimateRepairWorkflow(req.scope).run({ input: { id: req.params.id, ...(req.validatedBody ?? {}) } })
  res.json({ repair: await repairView(req.scope, req.params.id) })
})
