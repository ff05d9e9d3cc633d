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

/** How far along its way a parcel is; an exception is a parcel still on its way. */
const TRACKING_PROGRESS: Partial<Record<TrackingStatus, number>> = { pending: 0, in_transit: 1, exception: 1, out_for_delivery: 2, delivered: 3 }

/**
 * Whether a carrier's event arrives too late to count: it happened before
 * the shipment's last event and would not move the parcel further along its
 * way (pending → in transit → out for delivery → delivered). A replayed or
 * retried "in transit" after "out for delivery" is stale; a "delivered"
 * timed a moment before the last event (the carrier's clock, or a signature
 * made in the same second) still delivers.
 */
export function isStaleTrackingEvent(input: { current: TrackingStatus; next: TrackingStatus; last_at: Date | null; at: Date }): boolean {
  if (!input.last_at || input.at >= input.last_at) return false
  const from = TRACKING_PROGRESS[input.current]
  const to = TRACKING_PROGRESS[input.next]
  return from === undefined || to === undefined || to <= from
}

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

/** What the workshop has said about a line by hand; everything else about it is derived. */
export type ManualLineStatus = "ready" | "cancelled" | "backordered" | null

export type LineFacts = {
  ordered: number
  shipped: number
  returned: number
  manual: ManualLineStatus
  /** The line's production jobs, by state. */
  jobs: ("active" | "closed" | "cancelled")[]
}

/**
 * A line's status from its facts, strongest first: cancelled by hand;
 * returned; shipped (all or part, from Medusa's shipped quantity); marked
 * Ready by hand; production (a job at work → In Progress, every job closed →
 * Production Completed); Backordered by hand; else Not Started.
 */
export function deriveLineStatus(f: LineFacts): LineStatus {
  if (f.manual === "cancelled") return "cancelled"
  if (f.returned > 0) return statusAfterReturn("shipped", f.shipped, f.returned)
  if (f.shipped > 0) return statusAfterShipping("not_started", f.ordered, f.shipped)
  if (f.manual === "ready") return "ready"
  const live = f.jobs.filter((j) => j !== "cancelled")
  if (live.some((j) => j === "active")) return "in_progress"
  if (live.length && live.every((j) => j === "closed")) return "production_completed"
  if (f.manual === "backordered") return "backordered"
  return "not_started"
}

/** How many lines are in each status: the chips on the order page. */
export function countLineStatuses(lines: { status: LineStatus }[]): Partial<Record<LineStatus, number>> {
  const out: Partial<Record<LineStatus, number>> = {}
  for (const l of lines) out[l.status] = (out[l.status] ?? 0) + 1
  return out
}

/** A job's state as a line sees it. */
export function jobState(status: string): "active" | "closed" | "cancelled" {
  if (status === "closed") return "closed"
  if (status === "cancelled") return "cancelled"
  return "active"
}

/** The shipment status a line shows: its latest shipment's tracking status, or none. */
export function lineShipmentStatus(shipments: { status: TrackingStatus; created_at: string | Date }[]): TrackingStatus | null {
  const live = [...shipments].sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
  return live[0]?.status ?? null
}
