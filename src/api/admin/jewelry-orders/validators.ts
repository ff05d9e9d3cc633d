import { z } from "@medusajs/framework/zod"
import { FULFILLMENT_STATUSES, TRACKING_STATUSES } from "../../../lib/order-status"

const decimal = z.union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d+)?$/, "must be a decimal number like 1.25")])

const PickedItem = z
  .object({
    stock_item_id: z.string().min(1),
    pieces: z.number().int().nonnegative().optional(),
    weight: decimal.optional(),
    full: z.boolean().optional(),
  })
  .strict()

export const SelectInventory = z
  .object({
    lines: z
      .array(
        z
          .object({
            line_item_id: z.string().min(1),
            items: z.array(PickedItem).default([]),
            mark_ready: z.boolean().optional(),
          })
          .strict()
      )
      .min(1, "choose at least one line"),
  })
  .strict()

export const CreateShipment = z
  .object({
    carrier: z.string().trim().min(1, "carrier is required").max(100),
    tracking_number: z.string().trim().min(1, "tracking number is required").max(100),
    tracking_url: z.string().url().nullish(),
    shipping_option_id: z.string().nullish(),
    location_id: z.string().nullish(),
    lines: z
      .array(
        z
          .object({
            line_item_id: z.string().min(1),
            quantity: z.number().int().positive(),
            items: z.array(PickedItem).default([]),
          })
          .strict()
      )
      .min(1, "choose at least one line"),
  })
  .strict()

export const CancelLines = z
  .object({
    line_item_ids: z.array(z.string().min(1)).min(1, "choose at least one line"),
    reason: z.string().max(500).nullish(),
    confirm: z.boolean().refine((v) => v === true, { message: "cancelling lines gives their stock back and cannot be undone; send confirm: true" }),
  })
  .strict()

export const HoldOrder = z.object({ reason: z.string().trim().min(1, "say why the order is on hold").max(500) }).strict()

export const SetLineMark = z.object({ manual: z.enum(["ready", "backordered"]).nullable() }).strict()

export const UpdateTracking = z
  .object({ status: z.enum(TRACKING_STATUSES), note: z.string().max(500).nullish(), occurred_at: z.string().datetime({ offset: true }).nullish() })
  .strict()

export const TrackingWebhook = z
  .object({
    tracking_number: z.string().trim().min(1),
    status: z.enum(TRACKING_STATUSES),
    carrier: z.string().nullish(),
    note: z.string().max(500).nullish(),
    occurred_at: z.string().datetime({ offset: true }).nullish(),
  })
  .strict()

export const ListJewelryOrders = z.object({
  fulfillment_status: z.union([z.enum(FULFILLMENT_STATUSES), z.array(z.enum(FULFILLMENT_STATUSES))]).optional(),
  on_hold: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean()).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
