import { z } from "@medusajs/framework/zod"
import { FULFILLMENT_STATUSES, TRACKING_STATUSES } from "../../../lib/order-status"
import { WEIGHT } from "../../../lib/decimal-input"
import { body, bool, date, decimal, id, list, MAX_OFFSET, oneOf, optNote, optText, pieces, quantity, queryBool, queryInt, queryText, text } from "../../utils/schemas"

/** Stock picked for a line; the item is looked up by the workflow within the caller's locations. */
const PickedItem = body({
  stock_item_id: id(),
  pieces: pieces().optional(),
  weight: decimal(WEIGHT).optional(),
  full: bool().optional(),
})

export const SelectInventory = body({
  lines: list(
    body({
      line_item_id: id("order_line_item"),
      items: list(PickedItem, 200).default([]),
      mark_ready: bool().optional(),
    }),
    500
  ).min(1, "choose at least one line"),
})

const url = (max: number) =>
  optText(max, { re: /^https?:\/\/[^\s]+$/i, message: "must be a web address starting with http:// or https://" })

export const CreateShipment = body({
  carrier: text(100),
  /** Unique among live shipments: the carrier's webhook finds the shipment by it. */
  tracking_number: text(100, { re: /^[A-Za-z0-9][A-Za-z0-9 ._\-/]*$/, message: "letters, digits, spaces and . _ - /" }),
  tracking_url: url(2000),
  shipping_option_id: id("shipping_option").nullish(),
  location_id: id("stock_location").nullish(),
  lines: list(
    body({
      line_item_id: id("order_line_item"),
      quantity: quantity(),
      items: list(PickedItem, 200).default([]),
    }),
    500
  ).min(1, "choose at least one line"),
})

export const CancelLines = body({
  line_item_ids: list(id("order_line_item"), 500).min(1, "choose at least one line"),
  reason: optNote(500),
  confirm: z.literal(true, { error: "cancelling lines gives their stock back and cannot be undone; send confirm: true" }),
})

export const HoldOrder = body({ reason: text(500) })

export const SetLineMark = body({ manual: oneOf(["ready", "backordered"]).nullable() })

export const UpdateTracking = body({ status: oneOf(TRACKING_STATUSES), note: optNote(500), occurred_at: date().nullish() })

export const TrackingWebhook = body({
  tracking_number: text(100),
  status: oneOf(TRACKING_STATUSES),
  carrier: optText(100),
  note: optNote(500),
  occurred_at: date().nullish(),
})

export const ListJewelryOrders = z.object({
  fulfillment_status: z.union([oneOf(FULFILLMENT_STATUSES), z.array(oneOf(FULFILLMENT_STATUSES)).max(20)], { error: `must be one of ${FULFILLMENT_STATUSES.join(", ")}` }).optional(),
  on_hold: queryBool(),
  /** An order number ("1042", "#1042") or part of the customer's email. */
  q: queryText(100),
  order: oneOf(["created_at", "-created_at", "updated_at", "-updated_at"]).optional(),
  limit: queryInt(1, 200).default(50),
  offset: queryInt(0, MAX_OFFSET).default(0),
})

/** Stock that fits one order line: a page of it, or the one piece a scanned or typed tag names. */
export const ListLineCandidates = z.object({
  code: queryText(50),
  limit: queryInt(1, 100).default(20),
  offset: queryInt(0, MAX_OFFSET).default(0),
})
