import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { returnRepairUnrepairedWorkflow } from "../../../../../workflows"
import { withConflicts } from "../../../../utils/http"
import { repairView } from "../../view"

/** The piece goes back unrepaired: weighed, acknowledged, the repair job cancelled, nothing charged. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await returnRepairUnrepairedWorkflow(req.scope).run({ input: { id: req.params.id, ...(req.validatedBody ?? {}), actor_id: req.auth_context?.actor_id ?? null } })
  res.json({ repair: await repairView(req.scope, req.params.id) })
})
