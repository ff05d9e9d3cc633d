import { model } from "@medusajs/framework/utils"
import { FULFILLMENT_STATUSES, LINE_STATUSES, TRACKING_STATUSES } from "../../../lib/order-status"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"

/**
 * The jeweler's side of a Medusa order: hold, and the derived fulfillment
 * status kept for lists and filters (recomputed on every change).
 */
export const OrderState = model
  .define("jewelry_order_state", {
    id: model.id({ prefix: "jos" }).primaryKey(),
    order_id: model.text(),
    on_hold: model.boolean().default(false),
    hold_reason: model.text().nullable(),
    held_by: model.text().nullable(),
    held_at: model.dateTime().nullable(),
    fulfillment_status: model.enum(FULFILLMENT_STATUSES as unknown as string[]).default("not_started"),
    line_counts: model.json().nullable(),
    recomputed_at: model.dateTime().nullable(),
  })
  .indexes([
    { name: "IDX_jewelry_order_state_order_unique", on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["fulfillment_status"] },
  ])

/** A Medusa order line's status. `manual` is what staff said (Ready, Cancelled, Backordered); `status` is derived. */
export const OrderLine = model
  .define("jewelry_order_line", {
    id: model.id({ prefix: "jol" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    status: model.enum(LINE_STATUSES as unknown as string[]).default("not_started"),
    manual: model.enum(["ready", "cancelled", "backordered"]).nullable(),
    manual_by: model.text().nullable(),
    manual_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_jewelry_order_line_item_unique", on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"] },
  ])

export const SELECTION_STATUSES = ["selected", "shipped", "released"] as const

/**
 * Stock picked for an order line: deducted from the item through the
 * ledger when selected, given back when released. An item has at most one
 * live selection.
 */
export const InventorySelection = model
  .define("jewelry_inventory_selection", {
    id: model.id({ prefix: "jisel" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    line_variant_id: model.text().nullable(),
    stock_item_id: model.text(),
    tag_id: model.text(),
    item_variant_id: model.text().nullable(),
    location_id: model.text(),
    pieces: model.number().default(0),
    weight: model.bigNumber().default(0),
    weight_unit: model.enum(WEIGHT_UNIT_CODES as unknown as string[]),
    status: model.enum(SELECTION_STATUSES as unknown as string[]).default("selected"),
    movement_id: model.text().nullable(),
    release_movement_id: model.text().nullable(),
    shipment_id: model.text().nullable(),
    reservation_id: model.text().nullable(),
    selected_by: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_jewelry_selection_live_item_unique", on: ["stock_item_id"], unique: true, where: "status = 'selected' AND deleted_at IS NULL" },
    { on: ["order_id"] },
    { on: ["line_item_id"] },
    { on: ["item_variant_id", "location_id", "status"] },
  ])

/** A parcel: carrier and tracking number over one or more of Medusa's fulfillments. */
export const Shipment = model
  .define("jewelry_shipment", {
    id: model.id({ prefix: "jship" }).primaryKey(),
    order_id: model.text(),
    carrier: model.text(),
    tracking_number: model.text(),
    tracking_url: model.text().nullable(),
    status: model.enum(TRACKING_STATUSES as unknown as string[]).default("pending"),
    fulfillment_ids: model.json(),
    items: model.json(),
    delivered_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
    events: model.hasMany(() => ShipmentEvent, { mappedBy: "shipment" }),
  })
  .cascades({ delete: ["events"] })
  .indexes([
    { on: ["order_id"] },
    { on: ["tracking_number"] },
    // The carrier's webhook finds a parcel by its number: one live shipment per number.
    { name: "IDX_jewelry_shipment_tracking_live_unique", on: ["tracking_number"], unique: true, where: "status <> 'cancelled' AND deleted_at IS NULL" },
  ])

/** Each tracking status a shipment went through, who said so and when. */
export const ShipmentEvent = model.define("jewelry_shipment_event", {
  id: model.id({ prefix: "jshev" }).primaryKey(),
  shipment: model.belongsTo(() => Shipment, { mappedBy: "events" }),
  status: model.enum(TRACKING_STATUSES as unknown as string[]),
  source: model.enum(["admin", "webhook"]),
  note: model.text().nullable(),
  occurred_at: model.dateTime(),
  actor_id: model.text().nullable(),
})
