/**
 * Order operations on Medusa's orders (SPEC section 5): line statuses and
 * the derived fulfillment status of the order.
 */
export const LINE_STATUSES = [
  "not_started",
  "in_progress",
  "ready",
  "production_completed",
  "partially_shipped",
  "shipped",
  "cancelled",
  "backordered",
  "returned",
  "partially_returned",
] as const
export type LineStatus = (typeof LINE_STATUSES)[number]

export const LINE_STATUS_LABELS: Record<LineStatus, string> = {
  not_started: "Not Started",
  in_progress: "In Progress",
  ready: "Ready",
  production_completed: "Production Completed",
  partially_shipped: "Partially Shipped",
  shipped: "Shipped",
  cancelled: "Cancelled",
  backordered: "Backordered",
  returned: "Returned",
  partially_returned: "Partially Returned",
}

export const FULFILLMENT_STATUSES = [
  "cancelled",
  "on_hold",
  "all_returned",
  "partially_returned",
  "completed",
  "shipped",
  "partially_shipped",
  "ready_to_ship",
  "in_production",
  "not_started",
] as const
export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number]

export const FULFILLMENT_STATUS_LABELS: Record<FulfillmentStatus, string> = {
  cancelled: "Cancelled",
  on_hold: "On Hold",
  all_returned: "All Returned",
  partially_returned: "Partially Returned",
  completed: "Completed",
  shipped: "Shipped",
  partially_shipped: "Partially Shipped",
  ready_to_ship: "Ready to Ship",
  in_production: "In Production",
  not_started: "Not Started",
}

export const TRACKING_STATUSES = ["pending", "in_transit", "out_for_delivery", "delivered", "exception", "cancelled"] as const
export type TrackingStatus = (typeof TRACKING_STATUSES)[number]

export type FulfillmentInput = {
  lines: { status: LineStatus }[]
  on_hold: boolean
  shipments: { status: TrackingStatus }[]
  any_active_job: boolean
}

/**
 * The order's fulfillment status: the first rule that matches wins, over the
 * lines that are not cancelled.
 */
export function deriveFulfillmentStatus(input: FulfillmentInput): FulfillmentStatus {
  const live = input.lines.filter((l) => l.status !== "cancelled")
  if (input.lines.length > 0 && live.length === 0) return "cancelled"
  if (input.on_hold) return "on_hold"
  if (!live.length) return "not_started"
  const is = (...s: LineStatus[]) => (l: { status: LineStatus }) => s.includes(l.status)
  if (live.every(is("returned"))) return "all_returned"
  if (live.some(is("returned", "partially_returned"))) return "partially_returned"
  const shipments = input.shipments.filter((s) => s.status !== "cancelled")
  if (live.every(is("shipped"))) {
    return shipments.length > 0 && shipments.every((s) => s.status === "delivered") ? "completed" : "shipped"
  }
  if (live.some(is("shipped", "partially_shipped"))) return "partially_shipped"
  if (live.every(is("ready", "production_completed"))) return "ready_to_ship"
  if (live.some(is("in_progress")) || input.any_active_job) return "in_production"
  return "not_started"
}

/** A line's status after shipping: all of it, part of it, or as it was. */
export function statusAfterShipping(current: LineStatus, ordered: number, shipped: number): LineStatus {
  if (shipped >= ordered && ordered > 0) return "shipped"
  if (shipped > 0) return "partially_shipped"
  return current
}

/** A line's status after a return from the customer. */
export function statusAfterReturn(current: LineStatus, shipped: number, returned: number): LineStatus {
  if (returned <= 0) return current
  return returned >= shipped ? "returned" : "partially_returned"
}

/** Lines whose status a production job moves: a job at work makes a waiting line In Progress, a closed job makes it Production Completed. */
export function statusFromJob(current: LineStatus, job: "active" | "closed" | "cancelled"): LineStatus {
  if (["ready", "partially_shipped", "shipped", "cancelled", "returned", "partially_returned"].includes(current)) return current
  if (job === "closed") return "production_completed"
  if (job === "active" && (current === "not_started" || current === "backordered")) return "in_progress"
  return current
}
