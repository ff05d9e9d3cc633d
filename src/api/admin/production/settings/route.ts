import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { updateProductionSettingsWorkflow } from "../../../../workflows"
import type { UpdateSettingsType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  res.json({ settings: await service.getSettings() })
}

export async function POST(req: AuthenticatedMedusaRequest<UpdateSettingsType>, res: MedusaResponse) {
  const { result } = await updateProductionSettingsWorkflow(req.scope).run({
    input: req.validatedBody as any,
  })
  res.json({ settings: result })
}
