import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { chargeRepairWorkflow } from "../../../../../workflows"
import { withConflicts } from "../../../../utils/http"
import { repairView } from "../../view"

/** Charges the repair through a Medusa draft order before pickup (once). */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await chargeRepairWorkflow(req.scope).run({ input: { id: req.params.id, ...(req.validatedBody ?? {}), actor_id: req.auth_context?.actor_id ?? null } })
  res.json({ repair: await repairView(req.scope, req.params.id) })
})
