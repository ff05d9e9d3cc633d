import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { allocateStonesWorkflow } from "../../../../../workflows"
import { jobViewFor } from "../../../../utils/job-view"
import { withStockConflicts } from "../../../../utils/http"
import { stockScope } from "../../../../utils/stock-scope"

/**
 * Allocates stones from the caller's stock: they are deducted at once. The last stone goes to one job only: the other
 * gets 409 (whether it finds the stone already empty or loses the race to deduct it), naming stock_item_id.
 */
export const POST = withStockConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await allocateStonesWorkflow(req.scope).run({
    input: { job_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null, location_ids: (await stockScope(req)).location_ids },
  })
  res.json(await jobViewFor(req, req.params.id))
})
