import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelMeltLotWorkflow } from "../../../../../../workflows"
import { withConflicts } from "../../../../../utils/http"
import { meltLotView } from "../../../view"

/** Cancels an open melt: what went in goes back to stock. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await cancelMeltLotWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context?.actor_id ?? null } })
  res.json({ melt_lot: await meltLotView(req.scope, req.params.id) })
})
