import { withConflicts } from "../../../utils/http"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { resetProductionCatalogWorkflow } from "../../../../workflows"
import type { Industry } from "../../../../lib/industry-defaults"

/** Reset to industry defaults. The body must carry `confirm: true`; the industry defaults to the store's. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<{ industry?: Industry; confirm: true }>, res: MedusaResponse) => {
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const industry = (req.validatedBody.industry ?? (await service.getSettings()).industry) as Industry
  const { result } = await resetProductionCatalogWorkflow(req.scope).run({ input: { industry } })
  res.json({ reset: result })
})
