import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import type { ResetSnapshot } from "../../../modules/production/service"
import type { Industry } from "../../../lib/industry-defaults"

export const resetProductionCatalogStep = createStep(
  "reset-production-catalog",
  async (industry: Industry, { container }) => {
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    const { snapshot, ...result } = await service.resetToIndustry(industry)
    return new StepResponse(result, snapshot)
  },
  async (snapshot: ResetSnapshot | undefined, { container }) => {
    if (!snapshot) return
    await (container.resolve(PRODUCTION_MODULE) as ProductionModuleService).undoReset(snapshot)
  }
)
