import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createSalesOrderFromWizardWorkflow } from "../../../workflows/purchasing"
import { jewelryOrders } from "../../../workflows/jewelry-orders/order-facts"
import { FULFILLMENT_STATUS_LABELS } from "../../../lib/order-status"
import { parseQuery } from "../../utils/validation"
import { ListJewelryOrders } from "./validators"

/** Orders by the workshop's fulfillment status ("what is Ready to Ship?"), with the line counts behind the chips. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseQuery(ListJewelryOrders, req.query)
  const filters: any = {}
  if (q.fulfillment_status) filters.fulfillment_status = q.fulfillment_status
  if (q.on_hold !== undefined) filters.on_hold = q.on_hold
  const ops = jewelryOrders(req.scope)
  const [[states, count], status_counts] = await Promise.all([
    ops.listAndCountOrderStates(filters, { take: q.limit, skip: q.offset, order: { updated_at: "DESC" } }),
    ops.fulfillmentStatusCounts(),
  ])
  const ids = (states as any[]).map((s) => s.order_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = ids.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id", "email", "created_at", "status"], filters: { id: ids } })
    : { data: [] as any[] }
  res.json({
    orders: (states as any[]).map((s) => {
      const o: any = orders.find((x: any) => x.id === s.order_id)
      return {
        order_id: s.order_id,
        display_id: o?.display_id ?? null,
        email: o?.email ?? null,
        created_at: o?.created_at ?? null,
        fulfillment_status: s.fulfillment_status,
        fulfillment_status_label: FULFILLMENT_STATUS_LABELS[s.fulfillment_status as keyof typeof FULFILLMENT_STATUS_LABELS],
        on_hold: s.on_hold,
        line_counts: s.line_counts ?? {},
      }
    }),
    count,
    status_counts,
    limit: q.limit,
    offset: q.offset,
  })
}

/** The order wizard's sales order: a real Medusa order. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  try {
    const { result } = await createSalesOrderFromWizardWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null } })
    res.status(201).json({ order: { id: (result as any).id, display_id: (result as any).display_id } })
  } catch (e: any) {
    if (e?.code === "insufficient_inventory") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "lines: a catalog line is out of stock in Medusa; record its stock, make its variant made to order (Styles), or enter it as a described line"
      )
    }
    throw e
  }
}
