import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordQaCheckWorkflow } from "../../../../../workflows"
import { jobViewFor } from "../../../../utils/job-view"

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  await recordQaCheckWorkflow(req.scope).run({
    input: { job_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.status(201).json(await jobViewFor(req, req.params.id))
}
