import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { createProductionJobWorkflow } from "../../../workflows"
import { stockScope } from "../../utils/stock-scope"
import { withConflicts } from "../../utils/http"
import { listOrder } from "../../utils/validation"
import { jobNumber, jobViewFor } from "../../utils/job-view"
import { ListJobs } from "./validators"

/**
 * Jobs by kind, status, rush, order or search (title or number), newest
 * first unless `order` sorts by target date or opening; read through Query
 * with their product, order and customer, and the exact count for paging.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as z.infer<typeof ListJobs>
  const filters: Record<string, unknown> = {}
  if (q.kind) filters.kind = q.kind
  if (q.status) filters.status = q.status
  if (q.rush !== undefined) filters.rush = q.rush
  if (q.order_id) filters.order_id = q.order_id
  if (q.q?.trim()) {
    const digits = q.q.replace(/\D/g, "")
    filters.$or = [{ title: { $ilike: `%${q.q.trim()}%` } }, ...(digits && digits.length < 10 ? [{ number: Number(digits) }] : [])]
  }
  const { fields, pagination } = req.queryConfig
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "production_job",
    fields,
    filters: filters as any,
    pagination: { skip: pagination.skip, take: pagination.take, order: listOrder(q.order, "-created_at") },
  })
  res.json({
    production_jobs: data.map((j: any) => ({ ...j, ...("number" in j ? { display_number: jobNumber(j) } : {}), raw_requested_weight: undefined })),
    count: metadata?.count ?? data.length,
    limit: pagination.take,
    offset: pagination.skip,
  })
}

export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { result } = await createProductionJobWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context?.actor_id ?? null, location_ids: (await stockScope(req)).location_ids },
  })
  res.status(201).json(await jobViewFor(req, result.id))
})
