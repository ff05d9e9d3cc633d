import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderOps } from "../../../workflows/order-ops/order-facts"
import { FULFILLMENT_STATUS_LABELS } from "../../../lib/order-status"
import { parseQuery } from "../../utils/validation"
import { ListJewelryOrders } from "./validators"

/** Orders by the workshop's fulfillment status ("what is Ready to Ship?"), with the line counts behind the chips. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseQuery(ListJewelryOrders, req.query)
  const filters: any = {}
  if (q.fulfillment_status) filters.fulfillment_status = q.fulfillment_status
  if (q.on_hold !== undefined) filters.on_hold = q.on_hold
  const ops = orderOps(req.scope)
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
