/**
 * Request and response shapes of the purchasing domain (/admin/suppliers,
 * /admin/purchase-orders), shared by the server's views and the admin's
 * hooks and screens. Weights and money are decimal strings; dates ISO strings.
 */

export const PO_STATUSES = ["draft", "submitted", "partially_received", "received", "cancelled"] as const
export type PurchaseOrderStatus = (typeof PO_STATUSES)[number]

/** The words for each status (English; the admin translates them) and the badge colour. */
export const PO_STATUS_LABELS: Record<PurchaseOrderStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  partially_received: "Partially Received",
  received: "Received",
  cancelled: "Cancelled",
}
export const PO_STATUS_COLORS: Record<PurchaseOrderStatus, "grey" | "blue" | "orange" | "green" | "red"> = {
  draft: "grey",
  submitted: "blue",
  partially_received: "orange",
  received: "green",
  cancelled: "red",
}

/** Statuses in which goods can still arrive. */
export const RECEIVABLE_STATUSES: readonly PurchaseOrderStatus[] = ["submitted", "partially_received"]

export type Supplier = {
  id: string
  name: string
  contact_name?: string | null
  email?: string | null
  phone?: string | null
  currency_code?: string | null
  payment_terms?: string | null
  notes?: string | null
}

export type PurchaseOrderLine = {
  id: string
  product_id: string | null
  variant_id: string | null
  style_id: string | null
  description: string
  quantity: number
  received_quantity: number
  size: string | null
  shape: string | null
  weight: string | null
  weight_unit: string | null
  material: string | null
  priority: string | null
  unit_cost: string | null
  /** The inventory type the line is received as by default (null: the jeweler chooses). */
  receive_as_type_id?: string | null
}

export type PurchaseOrderReceipt = {
  id: string
  line_id: string
  quantity: number
  weight: string | null
  weight_unit: string | null
  location_id: string
  stock_item_ids: string[]
  created_at: string
}

export type PurchaseOrder = {
  id: string
  number: number
  display_number: string
  status: PurchaseOrderStatus
  currency_code: string
  budget: string | null
  date_required: string | null
  notes: string | null
  estimated_total: string
  supplier: { id: string; name: string; currency_code?: string | null } | null
  lines: PurchaseOrderLine[]
  receipts: PurchaseOrderReceipt[]
  created_at: string
}

export type ReceiveLineInput = {
  line_id: string
  quantity: number
  weight?: string | null
  weight_unit?: string | null
  product_id?: string | null
  variant_id?: string | null
  inventory_type_id: string
}
export type ReceiveBody = { location_id: string; lines: ReceiveLineInput[] }
export type CreatedStockItem = { id: string; tag_id: string; pieces: number; weight: string; weight_unit: string }
