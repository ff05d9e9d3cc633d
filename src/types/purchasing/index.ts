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

/** Sorts the purchase-order list takes (`-` for newest or latest first). */
export const PO_LIST_ORDERS = ["number", "-number", "created_at", "-created_at", "date_required", "-date_required"] as const
export type PurchaseOrderListOrder = (typeof PO_LIST_ORDERS)[number]

/** `GET /admin/purchase-orders`: `q` finds a number (PO-0012, 12), a supplier's name or words of the notes. */
export type PurchaseOrderListQuery = {
  status?: PurchaseOrderStatus
  supplier_id?: string
  q?: string
  order?: PurchaseOrderListOrder
  limit?: number
  offset?: number
}

/** Sorts the supplier list takes. */
export const SUPPLIER_LIST_ORDERS = ["name", "-name", "created_at", "-created_at"] as const
export type SupplierListOrder = (typeof SUPPLIER_LIST_ORDERS)[number]

/** `GET /admin/suppliers`: `q` finds a name. */
export type SupplierListQuery = { q?: string; order?: SupplierListOrder; limit?: number; offset?: number }

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

export type PurchaseOrderListResponse = { purchase_orders: PurchaseOrder[]; count: number; limit: number; offset: number }
export type SupplierListResponse = { suppliers: Supplier[]; count: number; limit: number; offset: number }

/** How soon a requested product is wanted, read per row from the words near it. */
export const LINE_PRIORITIES = ["normal", "high", "rush"] as const
export type LinePriority = (typeof LINE_PRIORITIES)[number]

/** A requested product as the order wizard sends it: matched to the catalog or described. Decimals are strings. */
export type WizardLineInput = {
  product_id: string | null
  variant_id: string | null
  description: string | null
  quantity: number
  size: string | null
  shape: string | null
  weight: string | null
  weight_unit: string | null
  material: string | null
  priority: LinePriority | null
  unit_cost?: string | null
  unit_price?: string | null
}

/** What both kinds of order carry from the wizard: its lead, notes, budget and dates, and the accepted terms. */
export type WizardOrderDetails = {
  lead_user_id: string | null
  notes: string | null
  budget: string | null
  date_required: string | null
  deadline: string | null
  terms_accepted: boolean
  lines: WizardLineInput[]
}
export type CreatePurchaseOrderBody = WizardOrderDetails & { supplier_id: string; currency_code: string | null; submit?: boolean }
export type CreateSalesOrderBody = WizardOrderDetails & { customer_id: string; region_id: string | null }
