import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueStockToJobWorkflow } from "../../../../../workflows"
import { jobView } from "../../../../utils/job-view"

/** Issues stock items into a stage, in full or in exact parts; they are deducted from stock. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  await issueStockToJobWorkflow(req.scope).run({
    input: { job_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json(await jobView(req.scope, req.params.id))
}
