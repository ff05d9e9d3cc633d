import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { METAL_PRICES_MODULE } from "../../../../modules/metal-prices"
import type MetalPricesModuleService from "../../../../modules/metal-prices/service"
import { previewRepriceWorkflow } from "../../../../workflows"
import { runView } from "../view"

/** Past reprices, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { limit?: number; offset?: number }
  const svc: MetalPricesModuleService = req.scope.resolve(METAL_PRICES_MODULE)
  const [runs, count] = await svc.listAndCountRepriceRuns({}, { order: { created_at: "DESC" }, take: q.limit ?? 20, skip: q.offset ?? 0 })
  res.json({ reprices: runs.map((r: any) => Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith("raw_")))), count })
}

/** A preview: every variant of the rules (all active rules when none are named), old price beside new, and why a line is not priced. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const { result } = await previewRepriceWorkflow(req.scope).run({ input: { rule_ids: req.validatedBody.rule_ids, source: "manual", actor_id: req.auth_context?.actor_id ?? null } })
  res.status(201).json({ reprice: await runView(req.scope, result.id) })
}
