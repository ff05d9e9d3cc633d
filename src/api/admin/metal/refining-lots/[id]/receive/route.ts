import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveRefiningLotWorkflow } from "../../../../../../workflows"
import { withConflicts } from "../../../../../utils/http"
import { stockScope } from "../../../../../utils/stock-scope"
import { refiningLotView } from "../../../view"

/** Receives a lot back from the refiner, once: fine metal into stock through the ledger, with the refining loss %. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { location_ids } = await stockScope(req)
  const { result } = await receiveRefiningLotWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null, location_ids },
  })
  res.json({ refining_lot: await refiningLotView(req.scope, req.params.id), created_items: (result as any).items.map((i: any) => ({ id: i.id, tag_id: i.tag_id })) })
})
