import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateJobStageWorkflow } from "../../../../../../workflows"
import { jobViewFor } from "../../../../../utils/job-view"

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  await updateJobStageWorkflow(req.scope).run({
    input: { ...req.validatedBody, job_id: req.params.id, job_stage_id: req.params.stage_id },
  })
  res.json(await jobViewFor(req, req.params.id))
}
