import { withConflicts } from "../../../utils/http"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { updateProductionSettingsWorkflow } from "../../../../workflows"
import type { UpdateSettingsType } from "../validators"

/** The settings as the admin reads them: decimals as numbers, no internal raw columns. */
export function serializeSettings(settings: Record<string, any>) {
  const out: Record<string, any> = {}
  for (const [key, value] of Object.entries(settings)) {
    if (!key.startsWith("raw_")) out[key] = value
  }
  out.weight_tolerance_percent =
    settings.weight_tolerance_percent === null || settings.weight_tolerance_percent === undefined
      ? null
      : Number(settings.weight_tolerance_percent)
  return out
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  res.json({ settings: serializeSettings(await service.getSettings()) })
}

export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<UpdateSettingsType>, res: MedusaResponse) => {
  const { result } = await updateProductionSettingsWorkflow(req.scope).run({
    input: req.validatedBody as any,
  })
  res.json({ settings: serializeSettings(result) })
})
