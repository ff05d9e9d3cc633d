import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyRepriceWorkflow } from "../../../../../../workflows"
import { withConflicts } from "../../../../../utils/http"
import { runView } from "../../../view"

/** Applies the accepted lines through Medusa's pricing, once; a second apply, or prices moved since the preview, is a 409. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await applyRepriceWorkflow(req.scope).run({ input: { run_id: req.params.id, change_ids: req.validatedBody.change_ids, actor_id: req.auth_context?.actor_id ?? null } })
  res.json({ reprice: await runView(req.scope, req.params.id) })
})
