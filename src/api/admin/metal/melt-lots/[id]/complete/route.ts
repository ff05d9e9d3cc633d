import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completeMeltLotWorkflow } from "../../../../../../workflows"
import { withConflicts } from "../../../../../utils/http"
import { meltLotView } from "../../../view"

/** Records what came out of the crucible, once: the new stock item; fine out + melting loss = fine in. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { result } = await completeMeltLotWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ melt_lot: await meltLotView(req.scope, req.params.id), created_item: { id: (result as any).item.id, tag_id: (result as any).item.tag_id } })
})
