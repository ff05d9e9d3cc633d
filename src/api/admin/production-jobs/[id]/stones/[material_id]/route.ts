import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeStoneAllocationWorkflow } from "../../../../../../workflows"
import { jobViewFor } from "../../../../../utils/job-view"

/** Removes a stone allocation: the stone is credited back to stock. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeStoneAllocationWorkflow(req.scope).run({
    input: { job_id: req.params.id, material_id: req.params.material_id, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json(await jobViewFor(req, req.params.id))
}
