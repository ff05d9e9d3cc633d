import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import { createPurchaseOrderWorkflow } from "../../../workflows/purchasing"
import { purchaseOrderResponse, purchaseOrderView } from "./view"
import { parseQuery } from "../../utils/validation"
import { listOrder } from "../../utils/validation"
import { ListPurchaseOrders } from "./validators"

/** A number as typed: "PO-0012", "po12", "#12" or "12". */
const NUMBER = /^(?:po-?|#)?0*(\d{1,9})$/i

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseQuery(ListPurchaseOrders, req.query)
  const filters: any = {}
  if (q.status) filters.status = q.status
  if (q.supplier_id) filters.supplier_id = q.supplier_id
  const term = q.q?.trim()
  if (term) {
    const like = `%${term.replace(/[%_\\]/g, "\\$&")}%`
    const number = NUMBER.exec(term)
    filters.$or = [{ supplier: { name: { $ilike: like } } }, { notes: { $ilike: like } }, ...(number ? [{ number: Number(number[1]) }] : [])]
  }
  const limit = q.limit ?? 50
  const offset = q.offset ?? 0
  const [orders, count] = await (req.scope.resolve(PURCHASING_MODULE) as any).listAndCountPurchaseOrders(filters, {
    relations: ["supplier", "lines"],
    order: listOrder(q.order, "-number"),
    take: limit,
    skip: offset,
  })
  res.json({ purchase_orders: orders.map(purchaseOrderView), count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const { result } = await createPurchaseOrderWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null } })
  res.status(201).json({ purchase_order: await purchaseOrderResponse(req.scope, result.id) })
}
