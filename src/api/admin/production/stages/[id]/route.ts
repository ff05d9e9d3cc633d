import { withConflicts } from "../../../../utils/http"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../../../modules/production"
import type ProductionModuleService from "../../../../../modules/production/service"
import { removeProductionStageWorkflow, updateProductionStageWorkflow } from "../../../../../workflows"
import { retrieveStage } from "../../../../../workflows/production-settings/steps/stages"
import type { UpdateStageType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  res.json({ stage: await retrieveStage(service, req.params.id) })
}

export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<UpdateStageType>, res: MedusaResponse) => {
  const { result } = await updateProductionStageWorkflow(req.scope).run({
    input: { id: req.params.id, ...(req.validatedBody as any) },
  })
  res.json({ stage: result })
})

export const DELETE = withConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await removeProductionStageWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: result.id, object: "production_stage", deleted: true, archived: result.archived })
})
