import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { METAL_PRICES_MODULE } from "../../../../modules/metal-prices"
import type MetalPricesModuleService from "../../../../modules/metal-prices/service"
import { serializeChanges } from "../view"

/** Every price a reprice changed, newest first, with the rates it came from (its breakdown). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { variant_id?: string; rule_id?: string; limit?: number; offset?: number }
  const filters: Record<string, unknown> = { status: "applied" }
  if (q.variant_id) filters.variant_id = q.variant_id
  if (q.rule_id) filters.rule_id = q.rule_id
  const svc: MetalPricesModuleService = req.scope.resolve(METAL_PRICES_MODULE)
  const [changes, count] = await svc.listAndCountPriceChanges(filters as any, { order: { applied_at: "DESC" }, take: q.limit ?? 50, skip: q.offset ?? 0 })
  res.json({ price_changes: await serializeChanges(req.scope, changes), count })
}
