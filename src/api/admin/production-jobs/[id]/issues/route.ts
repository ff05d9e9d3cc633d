import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueStockToJobWorkflow } from "../../../../../workflows"
import { jobViewFor } from "../../../../utils/job-view"
import { stockScope } from "../../../../utils/stock-scope"
import { withStockConflicts } from "../../../../utils/http"

/** Issues stock items into a stage, in full or in exact parts; they are deducted from stock. */
export const POST = withStockConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await issueStockToJobWorkflow(req.scope).run({
    input: { job_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null, location_ids: (await stockScope(req)).location_ids },
  })
  res.json(await jobViewFor(req, req.params.id))
})
