import { model } from "@medusajs/framework/utils"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"

export const REPAIR_STATUSES = ["intake", "estimated", "approved", "ready", "picked_up", "cancelled"] as const

/**
 * A customer's piece taken in for repair (seed 003: a repair ends in the
 * customer's pickup): what it is and how it came in (description, photos,
 * condition, declared metal and stones, the weight measured at take-in),
 * the estimate the customer approves, the promised date, and at pickup the
 * weight measured again, the customer's acknowledgement and the Medusa
 * order that charges it. The piece itself is a stock item the shop holds
 * in custody (ownership "customer"); the work is a repair job.
 */
export const RepairTicket = model
  .define("production_repair", {
    id: model.id({ prefix: "prrep" }).primaryKey(),
    job_id: model.text(),
    stock_item_id: model.text(),
    customer_id: model.text(),
    status: model.enum(REPAIR_STATUSES as unknown as string[]).default("intake"),
    description: model.text(),
    photos: model.array().default([]),
    condition_notes: model.text().nullable(),
    declared_metal: model.text().nullable(),
    declared_stones: model.text().nullable(),
    take_in_weight: model.bigNumber(),
    weight_unit: model.enum(WEIGHT_UNIT_CODES as unknown as string[]),
    take_in_grams: model.bigNumber(),
    estimate_amount: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    estimate_notes: model.text().nullable(),
    estimated_at: model.dateTime().nullable(),
    approved_at: model.dateTime().nullable(),
    approved_by_name: model.text().nullable(),
    promised_date: model.dateTime().nullable(),
    ready_at: model.dateTime().nullable(),
    out_weight: model.bigNumber().nullable(),
    out_grams: model.bigNumber().nullable(),
    acknowledged_name: model.text().nullable(),
    acknowledged_at: model.dateTime().nullable(),
    picked_up_by: model.text().nullable(),
    /** Returned unrepaired (the customer declined, or the work cannot be done): why, and when. */
    cancel_reason: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    draft_order_id: model.text().nullable(),
    order_id: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_production_repair_job_unique", on: ["job_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"] },
    { on: ["status"] },
  ])
