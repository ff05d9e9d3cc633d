import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { REPAIR_STATUSES } from "../../../modules/production/models/repair"

const text = (field: string, max: number) => z.string().trim().max(max, `${field}: at most ${max} characters`)
const weight = (field: string) =>
  z
    .union([z.number(), z.string().trim()])
    .transform(String)
    .refine((v) => /^\d{1,9}(\.\d{1,8})?$/.test(v) && Number(v) > 0, `${field}: a weight over 0, e.g. 5.2`)
const money = (field: string) =>
  z
    .union([z.number(), z.string().trim()])
    .transform(String)
    .refine((v) => /^\d{1,9}(\.\d{1,4})?$/.test(v), `${field}: an amount, 0 or more, e.g. 85.00`)
const date = (field: string) => z.string().refine((v) => !isNaN(Date.parse(v)), `${field}: must be a date`)
const unit = z.enum(WEIGHT_UNIT_CODES as [string, ...string[]])
const currency = z.string().trim().regex(/^[A-Za-z]{3}$/, "currency_code: a three-letter currency code (usd)")

export const TakeInRepair = z
  .object({
    customer_id: z.string().trim().min(1, "customer_id: whose piece is it?").max(100),
    description: text("description", 500).min(1, "description: describe the piece and the work"),
    photos: z.array(z.string().trim().url("photos: each photo is a link (https://…)").max(2000)).max(20).optional(),
    condition_notes: text("condition_notes", 4000).nullable().optional(),
    declared_metal: text("declared_metal", 40).nullable().optional(),
    declared_stones: text("declared_stones", 1000).nullable().optional(),
    take_in_weight: weight("take_in_weight"),
    weight_unit: unit.optional(),
    location_id: z.string().trim().min(1, "location_id: where is the piece kept?").max(100),
    inventory_type_id: z.string().trim().min(1).max(100).nullable().optional(),
    promised_date: date("promised_date").nullable().optional(),
    estimate_amount: money("estimate_amount").nullable().optional(),
    currency_code: currency.nullable().optional(),
    estimate_notes: text("estimate_notes", 2000).nullable().optional(),
    rush: z.boolean().optional(),
    start_stage_id: z.string().trim().min(1).max(100).nullable().optional(),
  })
  .strict()

export const EstimateRepair = z
  .object({
    estimate_amount: money("estimate_amount"),
    currency_code: currency,
    estimate_notes: text("estimate_notes", 2000).nullable().optional(),
    promised_date: date("promised_date").nullable().optional(),
  })
  .strict()

export const ApproveRepair = z.object({ approved_by_name: text("approved_by_name", 200).min(1, "approved_by_name: who approved the estimate?") }).strict()

export const PickUpRepair = z
  .object({
    out_weight: weight("out_weight"),
    weight_unit: unit.optional(),
    acknowledged_name: text("acknowledged_name", 200).min(1, "acknowledged_name: the customer types their name to acknowledge the pickup"),
  })
  .strict()

export const ListRepairs = z.object({
  status: z.enum(REPAIR_STATUSES as unknown as [string, ...string[]]).optional(),
  customer_id: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
})
