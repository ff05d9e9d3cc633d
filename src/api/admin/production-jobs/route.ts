import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { createProductionJobWorkflow } from "../../../workflows"
import { parseQuery } from "../../utils/validation"
import { stockScope } from "../../utils/stock-scope"
import { withConflicts } from "../../utils/http"
import { jobNumber, jobViewFor } from "../../utils/job-view"
import { ListJobs } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseQuery(ListJobs, req.query)
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const filters: Record<string, unknown> = {}
  if (q.kind) filters.kind = q.kind
  if (q.status) filters.status = q.status
  if (q.order_id) filters.order_id = q.order_id
  if (q.q?.trim()) {
    const digits = q.q.replace(/\D/g, "")
    filters.$or = [{ title: { $ilike: `%${q.q.trim()}%` } }, ...(digits ? [{ number: Number(digits) }] : [])]
  }
  const [jobs, count] = await service.listAndCountProductionJobs(filters, {
    order: { created_at: "DESC" },
    take: q.limit ?? 50,
    skip: q.offset ?? 0,
  })
  res.json({
    production_jobs: jobs.map((j: any) => ({ ...j, display_number: jobNumber(j), raw_requested_weight: undefined })),
    count,
    limit: q.limit ?? 50,
    offset: q.offset ?? 0,
  })
}

export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { result } = await createProductionJobWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context?.actor_id ?? null, location_ids: (await stockScope(req)).location_ids },
  })
  res.status(201).json(await jobViewFor(req, result.id))
})
