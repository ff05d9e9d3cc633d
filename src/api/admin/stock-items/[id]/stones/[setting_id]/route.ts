import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unsetStoneWorkflow } from "../../../../../../workflows"
import { withConflicts } from "../../../../../utils/http"
import { stockScope } from "../../../../../utils/stock-scope"
import { GET as itemView } from "../../route"

/** Takes a set stone out: back to stock, off the piece's weight and cost; the record of it stays, marked unset. */
export const DELETE = withConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { location_ids } = await stockScope(req)
  await unsetStoneWorkflow(req.scope).run({ input: { item_id: req.params.id, setting_id: req.params.setting_id, actor_id: req.auth_context?.actor_id ?? null, location_ids } })
  await itemView(req, res)
})
