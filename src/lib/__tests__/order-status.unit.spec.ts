import { deriveFulfillmentStatus, FulfillmentInput, LineStatus, statusAfterReturn, statusAfterShipping, statusFromJob, TrackingStatus } from "../order-status"

const order = (lines: LineStatus[], extra: Partial<FulfillmentInput> = {}): FulfillmentInput => ({
  lines: lines.map((status) => ({ status })),
  on_hold: false,
  shipments: [],
  any_active_job: false,
  ...extra,
})
const ship = (...s: TrackingStatus[]) => s.map((status) => ({ status }))

describe("Order fulfillment status, first match wins over the lines that are not cancelled", () => {
  it.each<[string, FulfillmentInput, string]>([
    ["all lines cancelled → Cancelled", order(["cancelled", "cancelled"]), "cancelled"],
    ["cancelled beats on hold", order(["cancelled"], { on_hold: true }), "cancelled"],
    ["order on hold → On Hold", order(["shipped", "ready"], { on_hold: true }), "on_hold"],
    ["on hold beats returns", order(["returned"], { on_hold: true }), "on_hold"],
    ["all returned → All Returned", order(["returned", "returned", "cancelled"]), "all_returned"],
    ["some returned → Partially Returned", order(["returned", "shipped"]), "partially_returned"],
    ["a partially returned line → Partially Returned", order(["partially_returned", "shipped"], { shipments: ship("delivered") }), "partially_returned"],
    ["returns beat shipping", order(["partially_returned"]), "partially_returned"],
    ["all shipped and every shipment delivered → Completed", order(["shipped", "shipped"], { shipments: ship("delivered", "delivered") }), "completed"],
    ["a cancelled shipment does not hold back Completed", order(["shipped"], { shipments: ship("delivered", "cancelled") }), "completed"],
    ["all shipped, one shipment in transit → Shipped", order(["shipped", "shipped"], { shipments: ship("delivered", "in_transit") }), "shipped"],
    ["all shipped with no shipment record → Shipped", order(["shipped"]), "shipped"],
    ["cancelled lines are ignored: the rest shipped and delivered → Completed", order(["shipped", "cancelled"], { shipments: ship("delivered") }), "completed"],
    ["some shipped → Partially Shipped", order(["shipped", "ready"]), "partially_shipped"],
    ["a partially shipped line → Partially Shipped", order(["partially_shipped", "not_started"]), "partially_shipped"],
    ["all Ready or Production Completed → Ready to Ship", order(["ready", "production_completed"]), "ready_to_ship"],
    ["shipping beats ready", order(["partially_shipped", "ready"]), "partially_shipped"],
    ["a line In Progress → In Production", order(["in_progress", "ready"]), "in_production"],
    ["an active linked job → In Production", order(["not_started"], { any_active_job: true }), "in_production"],
    ["ready beats an active job when every line is ready", order(["ready"], { any_active_job: true }), "ready_to_ship"],
    ["backordered lines → Not Started", order(["backordered", "not_started"]), "not_started"],
    ["else Not Started", order(["not_started"]), "not_started"],
    ["an order without lines → Not Started", order([]), "not_started"],
  ])("%s", (_name, input, expected) => {
    expect(deriveFulfillmentStatus(input)).toBe(expected)
  })
})

describe("Line statuses", () => {
  it("shipping all of a line ships it; part of it ships it partially", () => {
    expect(statusAfterShipping("ready", 2, 2)).toBe("shipped")
    expect(statusAfterShipping("ready", 2, 1)).toBe("partially_shipped")
    expect(statusAfterShipping("ready", 2, 0)).toBe("ready")
  })
  it("returns make a line returned or partially returned", () => {
    expect(statusAfterReturn("shipped", 2, 2)).toBe("returned")
    expect(statusAfterReturn("shipped", 2, 1)).toBe("partially_returned")
    expect(statusAfterReturn("shipped", 2, 0)).toBe("shipped")
  })
  it("a job at work makes a waiting line In Progress; a closed job makes it Production Completed", () => {
    expect(statusFromJob("not_started", "active")).toBe("in_progress")
    expect(statusFromJob("in_progress", "closed")).toBe("production_completed")
    expect(statusFromJob("ready", "active")).toBe("ready")
    expect(statusFromJob("shipped", "closed")).toBe("shipped")
    expect(statusFromJob("in_progress", "cancelled")).toBe("in_progress")
  })
})

describe("Carrier events that arrive late", () => {
  const { isStaleTrackingEvent } = require("../order-status")
  const last_at = new Date("2026-11-30T12:00:00.500Z")
  it("an older event that would move the parcel back or sideways is stale", () => {
    expect(isStaleTrackingEvent({ current: "out_for_delivery", next: "in_transit", last_at, at: new Date("2026-11-30T11:00:00Z") })).toBe(true)
    expect(isStaleTrackingEvent({ current: "in_transit", next: "exception", last_at, at: new Date("2026-11-30T11:00:00Z") })).toBe(true)
    expect(isStaleTrackingEvent({ current: "in_transit", next: "cancelled", last_at, at: new Date("2026-11-30T11:00:00Z") })).toBe(true)
  })
  it("an older event that moves it forward still counts (a delivery signed in the same second as the last event)", () => {
    expect(isStaleTrackingEvent({ current: "out_for_delivery", next: "delivered", last_at, at: new Date("2026-11-30T12:00:00Z") })).toBe(false)
    expect(isStaleTrackingEvent({ current: "exception", next: "delivered", last_at, at: new Date("2026-11-30T11:59:00Z") })).toBe(false)
  })
  it("a newer event, or the first one, is never stale", () => {
    expect(isStaleTrackingEvent({ current: "delivered", next: "in_transit", last_at, at: new Date("2026-11-30T13:00:00Z") })).toBe(false)
    expect(isStaleTrackingEvent({ current: "pending", next: "in_transit", last_at: null, at: new Date() })).toBe(false)
  })
})
