import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { openMadeToOrderJobs } from "../workflows/jobs/made-to-order"

/** A storefront order for a made-to-order variant opens its production job by itself, once per line. */
export default async function madeToOrderJobs({ event, container }: SubscriberArgs<{ id: string }>) {
  await openMadeToOrderJobs(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "jewelry-made-to-order-jobs" },
}
