import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { METALS } from "../../../lib/purity"
import { HOLDER_TYPES } from "../../../lib/metal-custody"
import { REFINING_LOT_STATUSES } from "../../../modules/metal/models/refining-lot"
import { MELT_LOT_STATUSES } from "../../../modules/metal/models/melt-lot"
import { FINENESS, MONEY, POSITIVE_WEIGHT, WEIGHT } from "../../../lib/decimal-input"
import { body, bool, date, decimal, id, list, MAX_PIECES, int, oneOf, optNote, optText, paging, queryId, text } from "../../utils/schemas"

const unit = oneOf(WEIGHT_UNIT_CODES)
const metal = oneOf(METALS)
const positive = () => decimal(POSITIVE_WEIGHT)
/** Stock items are looked up by the workflows within the caller's locations. */
const take = {
  stock_item_id: id(),
  full: bool().optional(),
  weight: positive().optional(),
  weight_unit: unit.optional(),
  pieces: int(0, MAX_PIECES).optional(),
}

export const MetalPeriod = z.object({
  from: date().optional(),
  to: date().optional(),
})

export const ListMetalEntries = MetalPeriod.extend({
  holder_type: oneOf(HOLDER_TYPES).optional(),
  holder_id: queryId(),
  job_id: queryId(),
  ...paging(500),
})

export const LossReport = MetalPeriod.extend({
  stage_id: queryId(),
  department_id: queryId(),
  metal: metal.optional(),
})

export const ListLots = z.object({
  status: oneOf([...new Set([...REFINING_LOT_STATUSES, ...MELT_LOT_STATUSES])] as [string, ...string[]]).optional(),
  ...paging(200),
})

export const ListWaste = MetalPeriod.extend({
  metal: metal.optional(),
  department_id: queryId(),
})

const wasteSource = body({
  kind: z.literal("waste"),
  receipt_id: id("receipt"),
  est_fineness: decimal(FINENESS).optional(),
  purity: optText(40),
})
const sweepsSource = body({
  kind: z.literal("sweeps"),
  description: text(200),
  weight: positive(),
  weight_unit: unit.optional(),
  est_fineness: decimal(FINENESS).optional(),
  purity: optText(40),
  department_id: id("department").nullable().optional(),
  job_stage_id: id("job_stage").nullable().optional(),
})
const scrapSource = body({ ...take, kind: z.literal("scrap_item") })

export const CreateRefiningLot = body({
  metal,
  supplier_id: id("supplier").nullable().optional(),
  notes: optNote(2000),
  sources: list(z.discriminatedUnion("kind", [wasteSource, sweepsSource, scrapSource], { error: "must be a source of kind waste, sweeps or scrap_item" }), 500).min(1, "collect at least one source"),
})

export const SendRefiningLot = body({ supplier_id: id("supplier").optional(), sent_at: date().optional() })

export const ReceiveRefiningLot = body({
  location_id: id("stock_location"),
  outputs: list(
    body({
      product_id: id("product"),
      variant_id: id("variant").nullable().optional(),
      inventory_type_id: id("inventory_type").optional(),
      purity: optText(40),
      metal: metal.nullable().optional(),
      weight: positive(),
      weight_unit: unit.optional(),
      pieces: int(0, MAX_PIECES).optional(),
      notes: optNote(2000),
    }),
    100
  ).min(1, "say what came back"),
  charges: decimal(MONEY).nullable().optional(),
  currency_code: text(3, { re: /^[A-Za-z]{3}$/, message: "a three-letter code like USD" }).nullable().optional(),
})

export const CreateMeltLot = body({
  metal,
  purity: text(40),
  product_id: id("product"),
  location_id: id("stock_location"),
  inputs: list(body(take), 200).min(1, "pick at least one stock item"),
  notes: optNote(2000),
})

export const CompleteMeltLot = body({
  output_weight: positive().optional(),
  loss_fine_weight: decimal(WEIGHT).optional(),
  weight_unit: unit.optional(),
  inventory_type_id: id("inventory_type").optional(),
}).refine((v) => (v.output_weight === undefined) !== (v.loss_fine_weight === undefined), {
  message: "give the weight that came out, or the fine metal lost (loss_fine_weight), not both",
  path: ["output_weight"],
})
