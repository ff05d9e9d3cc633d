import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { METAL_PRICES_MODULE } from "../../../../modules/metal-prices"
import type MetalPricesModuleService from "../../../../modules/metal-prices/service"
import { createPriceRuleWorkflow } from "../../../../workflows"
import { loadRule, serializeRules } from "../view"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { style_id?: string; product_id?: string; limit?: number; offset?: number }
  const filters: Record<string, unknown> = {}
  if (q.style_id) filters.style_id = q.style_id
  if (q.product_id) filters.product_id = q.product_id
  const svc: MetalPricesModuleService = req.scope.resolve(METAL_PRICES_MODULE)
  const [rules, count] = await svc.listAndCountPriceRules(filters as any, { order: { created_at: "DESC" }, take: q.limit ?? 50, skip: q.offset ?? 0 })
  res.json({ price_rules: await serializeRules(req.scope, rules), count, limit: q.limit ?? 50, offset: q.offset ?? 0 })
}

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const { result } = await createPriceRuleWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null } })
  res.status(201).json({ price_rule: await loadRule(req.scope, (result as any).id) })
}
