import { withConflicts } from "../../../../utils/http"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeProductionDepartmentWorkflow, updateProductionDepartmentWorkflow } from "../../../../../workflows"

export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<{ name?: string; code?: string | null }>, res: MedusaResponse) => {
  const { result } = await updateProductionDepartmentWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ department: result })
})

export const DELETE = withConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeProductionDepartmentWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "production_department", deleted: true })
})
