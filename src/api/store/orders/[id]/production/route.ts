import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../../../modules/production"
import { currentStage } from "../../../../utils/job-view"
import { jewelryOrders } from "../../../../../workflows/jewelry-orders/order-facts"
import { LINE_STATUS_LABELS, TrackingStatus } from "../../../../../lib/order-status"

/**
 * The making of a customer's pieces: per order line, the stage it is at, how
 * far along it is and the expected date. Only the customer's own order
 * (another's is a 404, as if it did not exist) and never any cost.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context?.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "customer_id", "items.id", "items.title", "items.quantity", "items.variant_id"],
    filters: { id: req.params.id },
  })
  const order: any = orders[0]
  if (!order || !customerId || order.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id "${req.params.id}" was not found`)
  }
  const production: any = req.scope.resolve(PRODUCTION_MODULE)
  const jobs: any[] = await production.listProductionJobs({ order_id: order.id }, { take: 100 })
  const stages: any[] = jobs.length ? await production.listProductionJobStages({ job_id: jobs.map((j) => j.id) }, { take: null }) : []
  const ops = jewelryOrders(req.scope)
  const [lineRows, shipments]: any[] = await Promise.all([
    ops.listOrderLines({ order_id: order.id }, { take: null as any }),
    ops.listShipments({ order_id: order.id }, { order: { created_at: "ASC" }, take: null as any }),
  ])
  // What the customer may see of the shipping: carrier, tracking and its status; never costs or stock.
  const shipping = (lineId: string) =>
    shipments
      .filter((s: any) => (s.items ?? []).some((i: any) => i.line_item_id === lineId))
      .map((s: any) => ({ carrier: s.carrier, tracking_number: s.tracking_number, tracking_url: s.tracking_url, status: s.status as TrackingStatus }))
  const lineStatus = (lineId: string) => {
    const status = lineRows.find((l: any) => l.line_item_id === lineId)?.status ?? "not_started"
    return { line_status: status, line_status_label: LINE_STATUS_LABELS[status as keyof typeof LINE_STATUS_LABELS], shipments: shipping(lineId) }
  }
  const lines = (order.items ?? []).map((item: any) => ({ ...lineFor(item), ...lineStatus(item.id) }))
  res.json({ order: { id: order.id, display_id: order.display_id, lines } })

  function lineFor(item: any) {
    const job = jobs.find((j) => j.order_line_item_id === item.id && j.status !== "cancelled")
    if (!job) return { line_item_id: item.id, title: item.title, quantity: item.quantity, in_production: false }
    const own = stages.filter((s) => s.job_id === job.id)
    const done = own.filter((s) => s.status === "completed" || s.status === "skipped").length
    const cur = currentStage(own)
    const finished = job.status === "closed"
    return {
      line_item_id: item.id,
      title: item.title,
      quantity: item.quantity,
      in_production: true,
      status: finished ? "finished" : job.status === "cancelled" ? "cancelled" : "in_production",
      stage: finished ? null : cur?.stage_name ?? null,
      percent_done: finished ? 100 : own.length ? Math.round((done / own.length) * 100) : 0,
      expected_date: new Date(job.target_date).toISOString().slice(0, 10),
    }
  }
}
