import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { METAL_PRICES_MODULE } from "../../../../modules/metal-prices"
import type MetalPricesModuleService from "../../../../modules/metal-prices/service"
import { recordMetalRatesWorkflow } from "../../../../workflows"
import { serializeRate } from "../view"

/** The rates' history, newest day first, filtered by metal, currency and period (the chart reads it oldest first). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { metal?: string; currency_code?: string; from?: string; to?: string; limit?: number; offset?: number }
  const filters: Record<string, unknown> = {}
  if (q.metal) filters.metal = q.metal
  if (q.currency_code) filters.currency_code = q.currency_code
  if (q.from || q.to) filters.rate_date = { ...(q.from ? { $gte: new Date(q.from) } : {}), ...(q.to ? { $lte: new Date(q.to) } : {}) }
  const svc: MetalPricesModuleService = req.scope.resolve(METAL_PRICES_MODULE)
  const [rates, count] = await svc.listAndCountMetalRates(filters as any, { order: { rate_date: "DESC", created_at: "DESC" }, take: q.limit ?? 100, skip: q.offset ?? 0 })
  res.json({ rates: rates.map(serializeRate), count, limit: q.limit ?? 100, offset: q.offset ?? 0 })
}

/** Records the day's rates (or a past day's) by hand. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const { result } = await recordMetalRatesWorkflow(req.scope).run({ input: { rates: req.validatedBody.rates, source: "manual", actor_id: req.auth_context?.actor_id ?? null } })
  res.status(201).json({ rates: (result as any[]).map(serializeRate) })
}
