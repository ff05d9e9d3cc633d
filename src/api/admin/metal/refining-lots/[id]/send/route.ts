import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendRefiningLotWorkflow } from "../../../../../../workflows"
import { withConflicts } from "../../../../../utils/http"
import { refiningLotView } from "../../../view"

/** Sends an open lot to its refiner (a supplier). */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await sendRefiningLotWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ refining_lot: await refiningLotView(req.scope, req.params.id) })
})
