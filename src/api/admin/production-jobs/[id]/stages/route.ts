import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addJobStageWorkflow } from "../../../../../workflows"
import { jobViewFor } from "../../../../utils/job-view"

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  await addJobStageWorkflow(req.scope).run({ input: { ...req.validatedBody, job_id: req.params.id } })
  res.status(201).json(await jobViewFor(req, req.params.id))
}
