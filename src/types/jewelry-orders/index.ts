/**
 * Request and response shapes of the jewelry-orders domain
 * (/admin/jewelry-orders/*): the order view the server answers and the
 * admin's hooks and screens read. Weights are decimal strings, dates ISO strings.
 */
import type { LineSpec } from "../../lib/line-fit"
import type { FulfillmentStatus, LineStatus, ManualLineStatus, TrackingStatus } from "../../lib/order-status"
import type { OrderMetrics } from "../../lib/production-metrics"
import type { WeightUnit } from "../../lib/units"

/**
 * A line of a Medusa order as order operations read it (the server's
 * `loadOrder`): Medusa's quantities as numbers, and what stock fits it.
 * The order view's lines are these facts and what the workshop adds.
 */
export type OrderLineFacts = {
  id: string
  title: string
  variant_title: string | null
  product_id: string | null
  variant_id: string | null
  sku: string | null
  thumbnail: string | null
  manage_inventory: boolean
  requires_shipping: boolean
  quantity: number
  fulfilled_quantity: number
  shipped_quantity: number
  returned_quantity: number
  /** What stock fits the line (src/lib/line-fit): its variant, product, size, shape and weight. */
  spec: LineSpec
}

/** A line of the order view: its facts, its derived status, the workshop's mark, production and stock selected. */
export type OrderLine = OrderLineFacts & {
  status: LineStatus
  status_label: string
  manual: ManualLineStatus
  cancel_reason: string | null
  shipment_status: TrackingStatus | null
  production: { jobs: string[]; percent_done: number; current_stage: string | null } | null
  selected: { pieces: number; count: number }
}

export type Selection = {
  id: string
  line_item_id: string
  stock_item_id: string
  tag_id: string
  location_id: string
  pieces: number
  weight: string
  weight_unit: string
  status: string
  shipment_id: string | null
  created_at?: string
}

export type OrderJob = {
  id: string
  display_number: string
  title: string
  status: string
  order_line_item_id: string | null
  current_stage: string | null
  percent_done: number
  target_date: string
}

export type OrderShipment = {
  id: string
  carrier: string
  tracking_number: string
  tracking_url: string | null
  status: TrackingStatus
  items: { line_item_id: string; quantity: number }[]
  created_at: string
  events: { id: string; status: TrackingStatus; source: string; note: string | null; occurred_at: string }[]
}

/** The order's production summary in the workshop's default unit (weights are decimal strings). */
export type OrderViewMetrics = Omit<OrderMetrics, "buckets" | "final_stage_key"> & {
  unit: WeightUnit
  jobs: number
  buckets: Record<keyof OrderMetrics["buckets"], string>
  fine: Record<string, { input: string; received: string }>
}

/** GET /admin/jewelry-orders/:id, and what every change of the order answers. */
export type JewelryOrderView = {
  order: {
    id: string
    display_id: number
    status: string
    payment_status: string | null
    fulfillment_status: FulfillmentStatus
    fulfillment_status_label: string
    on_hold: boolean
    hold_reason: string | null
    has_shipping_method: boolean
  }
  chips: { status: LineStatus; label: string; count: number }[]
  lines: OrderLine[]
  jobs: OrderJob[]
  shipments: OrderShipment[]
  selections: Selection[]
  metrics: OrderViewMetrics
}

/** Stock picked for a line: the whole piece, or some of its pieces and weight. */
export type PickedItemBody = { stock_item_id: string; full: true } | { stock_item_id: string; pieces: number; weight?: string }

export type SelectInventoryBody = { lines: { line_item_id: string; items: PickedItemBody[]; mark_ready: boolean }[] }

export type CreateShipmentBody = {
  carrier: string
  tracking_number: string
  tracking_url?: string
  shipping_option_id?: string
  lines: { line_item_id: string; quantity: number; items: PickedItemBody[] }[]
}

export type CancelLinesBody = { line_item_ids: string[]; confirm: true; reason?: string }
export type HoldOrderBody = { reason: string }
export type UpdateTrackingBody = { status: TrackingStatus; note?: string }

/** GET /admin/jewelry-orders/:id/shipping-options: how an order without a shipping method can ship. */
export type OrderShippingOptionsResponse = { shipping_options: { id: string; name: string; provider_id: string }[] }

/** One piece of stock that fits an order line (GET /admin/jewelry-orders/:id/lines/:line_id/candidates). */
export type LineCandidate = {
  id: string
  tag_id: string
  product_id: string | null
  variant_id: string | null
  size: string | null
  shape: string | null
  pieces: number
  weight: string
  weight_unit: string
  location_id: string
  status: string
  match: "variant" | "product" | "any" | null
}

export type LineCandidatesQuery = { code?: string; limit?: number; offset?: number }

export type LineCandidatesResponse = {
  candidates: LineCandidate[]
  count: number
  limit: number
  offset: number
  /** A `code` that names a piece which does not fit the line: which rule it breaks, in a sentence. */
  rejected: { code: string; tag_id?: string; reason: string; message: string } | null
}

/** A row of the Sales Orders list (GET /admin/jewelry-orders). */
export type JewelryOrderListItem = {
  order_id: string
  display_id: number | null
  email: string | null
  created_at: string | null
  status: string | null
  fulfillment_status: string
  fulfillment_status_label: string
  on_hold: boolean
  line_counts: Record<string, number>
}

export type JewelryOrderListQuery = {
  fulfillment_status?: string
  q?: string
  order?: "created_at" | "-created_at" | "updated_at" | "-updated_at"
  limit?: number
  offset?: number
}

export type JewelryOrderListResponse = {
  orders: JewelryOrderListItem[]
  count: number
  status_counts: Record<string, number>
  limit: number
  offset: number
}
