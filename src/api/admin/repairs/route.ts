import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { takeInRepairWorkflow } from "../../../workflows"
import { withConflicts } from "../../utils/http"
import { stockScope } from "../../utils/stock-scope"
import { repairView, repairViews } from "./view"

/** Repairs, newest first: by status, customer, job or piece. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { status?: string; customer_id?: string; job_id?: string; stock_item_id?: string; limit?: number; offset?: number }
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const filters: Record<string, unknown> = {}
  if (q.status) filters.status = q.status
  if (q.customer_id) filters.customer_id = q.customer_id
  if (q.job_id) filters.job_id = q.job_id
  if (q.stock_item_id) filters.stock_item_id = q.stock_item_id
  const limit = q.limit ?? 50
  const offset = q.offset ?? 0
  const [tickets, count] = await service.listAndCountRepairTickets(filters as any, { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset })
  res.json({ repairs: await repairViews(req.scope, tickets), count, limit, offset })
}

/** Takes a customer's piece in: tagged, held in custody (never stock), with its repair job. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { location_ids } = await stockScope(req)
  const { result } = await takeInRepairWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null, location_ids } })
  res.status(201).json({ repair: await repairView(req.scope, (result as any).repair.id) })
})
