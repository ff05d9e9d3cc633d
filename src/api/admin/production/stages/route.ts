import { withConflicts } from "../../../utils/http"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { createProductionStageWorkflow } from "../../../../workflows"
import { CreateStageType, ListStages } from "../validators"
import { parseQuery } from "../../../utils/validation"

/** Stages in flow order; `q` searches name, code and description; archived stages are never listed. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const { q, is_active, limit = 200, offset = 0 } = parseQuery(ListStages, req.query)
  const filters: Record<string, unknown> = { archived_at: null }
  if (typeof is_active === "boolean") filters.is_active = is_active
  if (q && String(q).trim()) {
    const like = `%${String(q).trim()}%`
    filters.$or = [{ name: { $ilike: like } }, { code: { $ilike: like } }, { description: { $ilike: like } }]
  }
  const [stages, count] = await service.listAndCountProductionStages(filters, {
    order: { rank: "ASC", created_at: "ASC" },
    take: limit,
    skip: offset,
  })
  res.json({ stages, count, limit, offset })
}

export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<CreateStageType>, res: MedusaResponse) => {
  const { result } = await createProductionStageWorkflow(req.scope).run({ input: req.validatedBody as any })
  res.status(201).json({ stage: result })
})
