import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import { createPurchaseOrderWorkflow, retrievePurchaseOrder } from "../../../workflows/purchasing"
import { purchaseOrderView } from "./view"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filters: any = {}
  if (typeof req.query.status === "string" && req.query.status) filters.status = req.query.status
  if (typeof req.query.supplier_id === "string" && req.query.supplier_id) filters.supplier_id = req.query.supplier_id
  const limit = Math.min(200, Number(req.query.limit ?? 50) || 50)
  const offset = Number(req.query.offset ?? 0) || 0
  const [orders, count] = await (req.scope.resolve(PURCHASING_MODULE) as any).listAndCountPurchaseOrders(filters, {
    relations: ["supplier", "lines"],
    order: { number: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ purchase_orders: orders.map(purchaseOrderView), count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const { result } = await createPurchaseOrderWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null } })
  res.status(201).json({ purchase_order: purchaseOrderView(await retrievePurchaseOrder(req.scope, result.id)) })
}
