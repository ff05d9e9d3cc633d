import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { MONEY, WEIGHT } from "../../../lib/decimal-input"
import { body, bool, date, decimal, id, list, oneOf, optNote, optText, paging, queryId, queryText, quantity, text } from "../../utils/schemas"
import { PO_STATUSES } from "../../../modules/purchasing/models/purchasing"
import { LINE_PRIORITIES, PO_LIST_ORDERS, SUPPLIER_LIST_ORDERS } from "../../../types/purchasing"

const unit = oneOf(WEIGHT_UNIT_CODES)
const currency = () => text(3, { re: /^[A-Za-z]{3}$/, message: "a three-letter code like USD" })

export const SupplierFields = body({
  name: text(200),
  contact_name: optText(200),
  email: optText(200, { re: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, message: "not an email address" }),
  phone: optText(50),
  currency_code: currency()
    .transform((v) => v.toLowerCase())
    .optional(),
  payment_terms: optText(200),
  notes: optNote(5000),
})
export const UpdateSupplier = SupplierFields.partial().strict()

/** `GET /admin/suppliers?q=&order=&limit=&offset=` */
export const ListSuppliers = z.object({
  q: queryText(),
  order: oneOf(SUPPLIER_LIST_ORDERS).optional(),
  ...paging(200),
})

export const Line = body({
  product_id: id("product").nullish(),
  variant_id: id("variant").nullish(),
  style_id: id("style").nullish(),
  description: optNote(1000),
  /** A sales order's quantities reach Medusa: bounded so no line of 10^15 pieces becomes a real order. */
  quantity: quantity(),
  size: optText(50),
  shape: optText(50),
  weight: decimal(WEIGHT).nullish(),
  weight_unit: unit.nullish(),
  material: optText(200),
  priority: oneOf(LINE_PRIORITIES).nullish(),
  unit_cost: decimal(MONEY).nullish(),
  unit_price: decimal(MONEY).nullish(),
})

const OrderDetails = {
  lead_user_id: id("user").nullish(),
  notes: optNote(20000),
  budget: decimal(MONEY).nullish(),
  date_required: date().nullish(),
  deadline: date().nullish(),
  terms_accepted: bool().optional(),
}

export const CreatePurchaseOrder = body({
  supplier_id: id("supplier"),
  currency_code: currency().nullish(),
  submit: bool().optional(),
  lines: list(Line, 500).default([]),
  ...OrderDetails,
})

export const CreateSalesOrder = body({
  customer_id: id("customer"),
  region_id: id("region").nullish(),
  sales_channel_id: id("sales_channel").nullish(),
  lines: list(Line, 500).min(1, "a sales order needs at least one line"),
  ...OrderDetails,
})

export const SubmitPurchaseOrder = body({ terms_accepted: bool().optional() })

export const ReceivePurchaseOrder = body({
  location_id: id("stock_location"),
  lines: list(
    body({
      line_id: id(),
      quantity: quantity(),
      weight: decimal(WEIGHT).nullish(),
      weight_unit: unit.nullish(),
      product_id: id("product").nullish(),
      variant_id: id("variant").nullish(),
      inventory_type_id: id("inventory_type"),
    }),
    500
  ).min(1, "say what arrived"),
})

export const RemovePurchaseOrder = body({
  confirm: z.literal(true, { error: "removing deletes the order with its lines and receipts for good; send confirm: true" }),
})

/** `GET /admin/purchase-orders?status=&supplier_id=&q=&order=&limit=&offset=` */
export const ListPurchaseOrders = z.object({
  status: oneOf(PO_STATUSES).optional(),
  supplier_id: queryId(),
  /** A number ("PO-0012", "12"), part of the supplier's name or of the notes. */
  q: queryText(100),
  order: oneOf(PO_LIST_ORDERS).optional(),
  ...paging(200),
})
