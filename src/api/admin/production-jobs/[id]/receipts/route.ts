import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveJobOutputWorkflow } from "../../../../../workflows"
import { withConflicts } from "../../../../utils/http"
import { jobViewFor } from "../../../../utils/job-view"

/** Receives a stage's output: received, rejected and scrapped become stock items; waste is recorded. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { result } = await receiveJobOutputWorkflow(req.scope).run({
    input: { job_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.status(201).json({ ...(await jobViewFor(req, req.params.id)), created_items: result.items.map((i: any) => ({ id: i.id, tag_id: i.tag_id })) })
})
