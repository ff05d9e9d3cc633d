import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../modules/production"
import { recomputeOrder } from "../workflows/jewelry-orders/order-facts"
import { PRODUCTION_JOB_CHANGED } from "../workflows/jobs/workflows"

/** The order an event is about: named in it, behind its fulfillment, or behind its production job. */
async function orderIdOf(container: any, name: string, data: any): Promise<string | null> {
  if (data?.order_id) return data.order_id
  if (name === PRODUCTION_JOB_CHANGED) {
    const [job]: any[] = await container.resolve(PRODUCTION_MODULE).listProductionJobs({ id: data.id }, { select: ["order_id"], take: 1 })
    return job?.order_id ?? null
  }
  if (name === FulfillmentWorkflowEvents.SHIPMENT_CREATED || name === FulfillmentWorkflowEvents.DELIVERY_CREATED) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({ entity: "order_fulfillment", fields: ["order_id"], filters: { fulfillment_id: data.id } })
    return (links[0] as any)?.order_id ?? null
  }
  return data?.id ?? null
}

/**
 * Whatever changes an order's lines — Medusa's own admin actions
 * (fulfillments, shipments, deliveries, returns, cancellation) or a linked
 * production job — the lines' statuses and the order's fulfillment status
 * are derived again. Idempotent: a repeated event derives the same thing.
 */
export default async function recomputeOrderStatus({ event, container }: SubscriberArgs<any>) {
  const orderId = await orderIdOf(container, event.name, event.data)
  if (!orderId) return
  try {
    await recomputeOrder(container, orderId)
  } catch (e: any) {
    if (e?.type === "not_found") return
    throw e
  }
}

export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.PLACED,
    OrderWorkflowEvents.UPDATED,
    OrderWorkflowEvents.CANCELED,
    OrderWorkflowEvents.FULFILLMENT_CREATED,
    OrderWorkflowEvents.FULFILLMENT_CANCELED,
    OrderWorkflowEvents.RETURN_RECEIVED,
    FulfillmentWorkflowEvents.SHIPMENT_CREATED,
    FulfillmentWorkflowEvents.DELIVERY_CREATED,
    PRODUCTION_JOB_CHANGED,
  ],
  context: { subscriberId: "jewelry-order-status" },
}
