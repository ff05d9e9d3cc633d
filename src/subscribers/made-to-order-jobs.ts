import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderEditWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { openMadeToOrderJobs } from "../workflows/jobs/made-to-order"

/**
 * An order for a made-to-order variant opens its production job by itself,
 * once per line: placed in the storefront, converted from a draft order in
 * the admin (both emit order.placed), or given a new line by an order edit.
 */
export default async function madeToOrderJobs({ event, container }: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = event.data.order_id ?? event.data.id
  if (orderId) await openMadeToOrderJobs(container, orderId)
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.PLACED, OrderEditWorkflowEvents.CONFIRMED],
  context: { subscriberId: "jewelry-made-to-order-jobs" },
}
