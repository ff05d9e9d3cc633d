import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completeJobStageWorkflow } from "../../../../../../../workflows"
import { jobViewFor } from "../../../../../../utils/job-view"
import { resolveStaff } from "../../../../../../utils/staff"
import { withConflicts } from "../../../../../../utils/http"

/**
 * Completes a stage. Past the weight tolerance, or past the stage's loss standard (409 with the
 * figures), a manager or admin must give an override reason.
 */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const staff = await resolveStaff(req)
  await completeJobStageWorkflow(req.scope).run({
    input: {
      job_id: req.params.id,
      job_stage_id: req.params.stage_id,
      override_reason: req.validatedBody.override_reason,
      loss_override_reason: req.validatedBody.loss_override_reason,
      actor_id: req.auth_context?.actor_id ?? null,
      role: staff.role,
    },
  })
  res.json(await jobViewFor(req, req.params.id))
})
