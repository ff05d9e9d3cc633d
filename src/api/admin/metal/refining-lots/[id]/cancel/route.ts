import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelRefiningLotWorkflow } from "../../../../../../workflows"
import { withConflicts } from "../../../../../utils/http"
import { refiningLotView } from "../../../view"

/** Cancels an open lot: its scrap goes back to stock and its waste can go into another lot. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await cancelRefiningLotWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context?.actor_id ?? null } })
  res.json({ refining_lot: await refiningLotView(req.scope, req.params.id) })
})
