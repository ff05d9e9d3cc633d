import { withConflicts } from "../../../utils/http"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { createProductionDepartmentWorkflow } from "../../../../workflows"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const departments = await service.listProductionDepartments({}, { order: { rank: "ASC" }, take: null as any })
  res.json({ departments, count: departments.length })
}

export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<{ name: string; code?: string | null }>, res: MedusaResponse) => {
  const { result } = await createProductionDepartmentWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ department: result })
})
