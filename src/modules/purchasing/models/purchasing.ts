import { model } from "@medusajs/framework/utils"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { PO_STATUSES } from "../../../types/purchasing"

export { PO_STATUSES }

/** Someone the workshop buys from: metal houses, stone dealers, findings suppliers, casters. */
export const Supplier = model
  .define("jewelry_supplier", {
    id: model.id({ prefix: "jsup" }).primaryKey(),
    name: model.text().searchable(),
    contact_name: model.text().nullable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    currency_code: model.text().default("usd"),
    payment_terms: model.text().nullable(),
    notes: model.text().nullable(),
    purchase_orders: model.hasMany(() => PurchaseOrder, { mappedBy: "supplier" }),
  })
  .indexes([{ name: "IDX_jewelry_supplier_name_unique", on: ["name"], unique: true, where: "deleted_at IS NULL" }])

/** What the workshop orders from a supplier (Medusa has no purchasing). `number` gives PO-0001 without duplicates. */
export const PurchaseOrder = model
  .define("jewelry_purchase_order", {
    id: model.id({ prefix: "jpo" }).primaryKey(),
    number: model.autoincrement(),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "purchase_orders" }),
    lead_user_id: model.text().nullable(),
    notes: model.text().nullable(),
    currency_code: model.text().default("usd"),
    budget: model.bigNumber().nullable(),
    date_required: model.dateTime().nullable(),
    deadline: model.dateTime().nullable(),
    terms_accepted: model.boolean().default(false),
    status: model.enum(PO_STATUSES as unknown as string[]).default("draft"),
    submitted_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
    lines: model.hasMany(() => PurchaseOrderLine, { mappedBy: "purchase_order" }),
    receipts: model.hasMany(() => PurchaseReceipt, { mappedBy: "purchase_order" }),
  })
  .cascades({ delete: ["lines", "receipts"] })
  .indexes([{ on: ["status"] }])

/** A requested product: matched to the catalog or a free description; or N pieces of a style for a caster to make. */
export const PurchaseOrderLine = model
  .define("jewelry_purchase_order_line", {
    id: model.id({ prefix: "jpol" }).primaryKey(),
    purchase_order: model.belongsTo(() => PurchaseOrder, { mappedBy: "lines" }),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    style_id: model.text().nullable(),
    description: model.text(),
    quantity: model.number().default(1),
    size: model.text().nullable(),
    shape: model.text().nullable(),
    weight: model.bigNumber().nullable(),
    weight_unit: model.enum(WEIGHT_UNIT_CODES as unknown as string[]).nullable(),
    material: model.text().nullable(),
    priority: model.enum(["normal", "high", "rush"]).nullable(),
    unit_cost: model.bigNumber().nullable(),
    received_quantity: model.number().default(0),
  })
  .checks([{ name: "jewelry_po_line_not_over_received", expression: (c) => `${c.received_quantity} >= 0 AND ${c.received_quantity} <= ${c.quantity}` }])

/** What arrived, where it went and the stock items it became. */
export const PurchaseReceipt = model.define("jewelry_purchase_receipt", {
  id: model.id({ prefix: "jpor" }).primaryKey(),
  purchase_order: model.belongsTo(() => PurchaseOrder, { mappedBy: "receipts" }),
  line_id: model.text(),
  quantity: model.number(),
  weight: model.bigNumber().nullable(),
  weight_unit: model.text().nullable(),
  location_id: model.text(),
  stock_item_ids: model.json(),
  received_by: model.text().nullable(),
})
