import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"

const decimal = z.union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d+)?$/, "must be a decimal number like 12.5")])
const date = z.string().refine((v) => !Number.isNaN(Date.parse(v)), "must be a date like 2026-12-12")

export const SupplierFields = z
  .object({
    name: z.string().trim().min(1, "name: the supplier needs a name").max(200),
    contact_name: z.string().trim().max(200).nullish(),
    email: z.string().trim().email("email: not an email address").nullish().or(z.literal("").transform(() => null)),
    phone: z.string().trim().max(50).nullish(),
    currency_code: z.string().trim().length(3, "currency_code: a three-letter code like USD").transform((v) => v.toLowerCase()).optional(),
    payment_terms: z.string().trim().max(200).nullish(),
    notes: z.string().max(5000).nullish(),
  })
  .strict()
export const UpdateSupplier = SupplierFields.partial().strict()

export const Line = z
  .object({
    product_id: z.string().nullish(),
    variant_id: z.string().nullish(),
    style_id: z.string().nullish(),
    description: z.string().trim().max(1000).nullish(),
    quantity: z.number().int("quantity: a whole number").min(1, "quantity: at least 1"),
    size: z.string().max(50).nullish(),
    shape: z.string().max(50).nullish(),
    weight: decimal.nullish(),
    weight_unit: z.enum(WEIGHT_UNIT_CODES as [string, ...string[]]).nullish(),
    material: z.string().max(200).nullish(),
    priority: z.enum(["normal", "high", "rush"]).nullish(),
    unit_cost: decimal.nullish(),
    unit_price: decimal.nullish(),
  })
  .strict()

const OrderDetails = {
  lead_user_id: z.string().nullish(),
  notes: z.string().max(20000).nullish(),
  budget: decimal.nullish(),
  date_required: date.nullish(),
  deadline: date.nullish(),
  terms_accepted: z.boolean().optional(),
}

export const CreatePurchaseOrder = z
  .object({ supplier_id: z.string().min(1, "supplier_id: choose a supplier"), currency_code: z.string().length(3).nullish(), submit: z.boolean().optional(), lines: z.array(Line).default([]), ...OrderDetails })
  .strict()

export const CreateSalesOrder = z
  .object({ customer_id: z.string().min(1, "customer_id: choose a customer"), region_id: z.string().nullish(), sales_channel_id: z.string().nullish(), lines: z.array(Line).min(1, "lines: a sales order needs at least one line"), ...OrderDetails })
  .strict()

export const SubmitPurchaseOrder = z.object({ terms_accepted: z.boolean().optional() }).strict()

export const ReceivePurchaseOrder = z
  .object({
    location_id: z.string().min(1, "location_id: choose where it goes"),
    lines: z
      .array(
        z
          .object({
            line_id: z.string().min(1),
            quantity: z.number().int().min(1, "quantity: at least 1"),
            weight: decimal.nullish(),
            weight_unit: z.enum(WEIGHT_UNIT_CODES as [string, ...string[]]).nullish(),
            product_id: z.string().nullish(),
            variant_id: z.string().nullish(),
            inventory_type_id: z.string().min(1, "inventory_type_id: choose the inventory type"),
          })
          .strict()
      )
      .min(1, "lines: say what arrived"),
  })
  .strict()

export const RemovePurchaseOrder = z
  .object({ confirm: z.boolean().refine((v) => v === true, { message: "removing deletes the order with its lines and receipts for good; send confirm: true" }) })
  .strict()
