import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeOutJobWorkflow } from "../../../../../workflows"
import { withConflicts } from "../../../../utils/http"
import { jobViewFor } from "../../../../utils/job-view"
import { resolveStaff } from "../../../../utils/staff"

/** "Complete & Create Inventory": once, whole or not at all. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const staff = await resolveStaff(req)
  const { result } = await closeOutJobWorkflow(req.scope).run({
    input: { job_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null, role: staff.role },
  })
  res.json({
    ...(await jobViewFor(req, req.params.id)),
    created_items: result.items.map((i: any) => ({ id: i.id, tag_id: i.tag_id, cost_basis: result.cost_each })),
  })
})
