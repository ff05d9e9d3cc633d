import { withConflicts } from "../../../../utils/http"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeStaffProfileWorkflow } from "../../../../../workflows"

export const DELETE = withConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeStaffProfileWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "production_staff_profile", deleted: true })
})
