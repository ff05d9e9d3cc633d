/**
 * Request and response shapes of the jewelry-orders domain
 * (/admin/jewelry-orders/*): the order view the server answers and the
 * admin's hooks and screens read. Weights are decimal strings, dates ISO strings.
 */
export type OrderLine = {
  id: string
  title: string
  variant_title: string | null
  product_id: string | null
  variant_id: string | null
  sku: string | null
  quantity: number
  fulfilled_quantity: number
  shipped_quantity: number
  status: string
  status_label: string
  manual: string | null
  cancel_reason: string | null
  shipment_status: string | null
  production: { jobs: string[]; percent_done: number; current_stage: string | null } | null
  selected: { pieces: number; count: number }
}

export type Selection = { id: string; line_item_id: string; stock_item_id: string; tag_id: string; location_id: string; pieces: number; weight: string; weight_unit: string; status: string; shipment_id: string | null }

export type JewelryOrderView = {
  order: {
    id: string
    display_id: number
    status: string
    payment_status: string | null
    fulfillment_status: string
    fulfillment_status_label: string
    on_hold: boolean
    hold_reason: string | null
    has_shipping_method: boolean
  }
  chips: { status: string; label: string; count: number }[]
  lines: OrderLine[]
  jobs: { id: string; display_number: string; title: string; status: string; order_line_item_id: string | null; current_stage: string | null; percent_done: number; target_date: string }[]
  shipments: { id: string; carrier: string; tracking_number: string; tracking_url: string | null; status: string; items: { line_item_id: string; quantity: number }[]; created_at: string; events: { id: string; status: string; source: string; note: string | null; occurred_at: string }[] }[]
  selections: Selection[]
  metrics: any
}

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
