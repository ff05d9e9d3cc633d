import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pickUpRepairWorkflow } from "../../../../../workflows"
import { withConflicts } from "../../../../utils/http"
import { repairView } from "../../view"

/** Pickup, once: weight out beside weight in, the customer's acknowledgement, the charge as a Medusa draft order. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await pickUpRepairWorkflow(req.scope).run({ input: { id: req.params.id, ...(req.validatedBody ?? {}), actor_id: req.auth_context?.actor_id ?? null } })
  res.json({ repair: await repairView(req.scope, req.params.id) })
})
