import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { allocateStonesWorkflow } from "../../../../../workflows"
import { jobView } from "../../../../utils/job-view"
import { withConflicts } from "../../../../utils/http"

/**
 * Allocates stones from stock: they are deducted at once. The last stone goes to one job only: the other gets 409
 * (whether it finds the stone already empty or loses the race to deduct it), naming stock_item_id.
 */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  try {
    await allocateStonesWorkflow(req.scope).run({
      input: { job_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null },
    })
  } catch (e: any) {
    // Not enough left (someone else took it first) is a conflict over the same stone.
    if (e?.type === MedusaError.Types.NOT_ALLOWED && /^(weight|pieces): .* cannot deduct|is issued, not available/.test(e.message)) {
      res.status(409).json({ type: "conflict", message: e.message.replace(/^(weight|pieces): /, "stock_item_id: ") })
      return
    }
    throw e
  }
  res.json(await jobView(req.scope, req.params.id))
})
