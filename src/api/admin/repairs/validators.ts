import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { MONEY, POSITIVE_WEIGHT } from "../../../lib/decimal-input"
import { REPAIR_STATUSES } from "../../../modules/production/models/repair"
import { body, bool, date, decimal, id, list, oneOf, optNote, optText, paging, queryId, text } from "../../utils/schemas"

const unit = oneOf(WEIGHT_UNIT_CODES)
const currency = () => text(3, { re: /^[A-Za-z]{3}$/, message: "a three-letter code like USD" })
const photo = text(2000, { re: /^https?:\/\/\S+$/, message: "a link to the photo (https://…)" })

export const TakeInRepair = body({
  customer_id: id("customer"),
  description: text(500),
  photos: list(photo, 20).optional(),
  condition_notes: optNote(4000),
  declared_metal: optText(40),
  declared_stones: optNote(1000),
  take_in_weight: decimal(POSITIVE_WEIGHT),
  weight_unit: unit.optional(),
  location_id: id("stock_location"),
  inventory_type_id: id("inventory_type").nullable().optional(),
  promised_date: date().nullable().optional(),
  estimate_amount: decimal(MONEY).nullable().optional(),
  currency_code: currency().nullable().optional(),
  estimate_notes: optNote(2000),
  rush: bool().optional(),
  start_stage_id: id("stage").nullable().optional(),
})

export const EstimateRepair = body({
  estimate_amount: decimal(MONEY),
  currency_code: currency(),
  estimate_notes: optNote(2000),
  promised_date: date().nullable().optional(),
})

export const ApproveRepair = body({ approved_by_name: text(200) })

export const PickUpRepair = body({
  out_weight: decimal(POSITIVE_WEIGHT),
  weight_unit: unit.optional(),
  /** The customer types their name to acknowledge the pickup. */
  acknowledged_name: text(200),
})

/** The piece goes back unrepaired: weighed, acknowledged, and why. */
export const ReturnUnrepaired = body({
  out_weight: decimal(POSITIVE_WEIGHT),
  weight_unit: unit.optional(),
  acknowledged_name: text(200),
  reason: text(500),
})

export const ListRepairs = z.object({
  status: oneOf(REPAIR_STATUSES).optional(),
  customer_id: queryId(),
  job_id: queryId(),
  stock_item_id: queryId(),
  ...paging(200),
})
