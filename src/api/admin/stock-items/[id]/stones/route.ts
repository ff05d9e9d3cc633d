import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setStonesWorkflow } from "../../../../../workflows"
import { withStockConflicts } from "../../../../utils/http"
import { stockScope } from "../../../../utils/stock-scope"
import { GET as itemView } from "../route"

/** SetStones: stones from stock set into the piece through the ledger; the last stone goes to one piece only (409). */
export const POST = withStockConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { location_ids } = await stockScope(req)
  await setStonesWorkflow(req.scope).run({ input: { item_id: req.params.id, stones: req.validatedBody.stones, actor_id: req.auth_context?.actor_id ?? null, location_ids } })
  await itemView(req, res)
})
