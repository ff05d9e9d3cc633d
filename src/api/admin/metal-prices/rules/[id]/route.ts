import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removePriceRuleWorkflow, updatePriceRuleWorkflow } from "../../../../../workflows"
import { loadRule } from "../../view"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ price_rule: await loadRule(req.scope, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  await updatePriceRuleWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ price_rule: await loadRule(req.scope, req.params.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removePriceRuleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "price_rule", deleted: true })
}
