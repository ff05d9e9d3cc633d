import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { METALS } from "../../../lib/purity"
import { HOLDER_TYPES } from "../../../lib/metal-custody"

const positive = (field: string) =>
  z
    .union([z.number(), z.string().trim()])
    .transform(String)
    .refine((v) => /^\d{1,12}(\.\d{1,8})?$/.test(v) && Number(v) > 0, `${field}: a decimal number over 0`)
const decimal = (field: string) =>
  z
    .union([z.number(), z.string().trim()])
    .transform(String)
    .refine((v) => /^\d{1,12}(\.\d{1,8})?$/.test(v), `${field}: a decimal number, 0 or more`)
const fineness = (field: string) =>
  z
    .union([z.number(), z.string().trim()])
    .transform(String)
    .refine((v) => /^\d{1,4}(\.\d{1,2})?$/.test(v) && Number(v) > 0 && Number(v) <= 1000, `${field}: parts per thousand, over 0 and at most 1000`)
const unit = z.enum(WEIGHT_UNIT_CODES as [string, ...string[]])
const metal = z.enum(METALS as unknown as [string, ...string[]])
const text = (max: number) => z.string().trim().max(max)
const id = (field: string) => z.string().trim().min(1, `${field}: required`).max(100)
const date = (field: string) => z.string().refine((v) => !isNaN(Date.parse(v)), `${field}: must be a date`)
const take = z.object({
  stock_item_id: id("stock_item_id"),
  full: z.boolean().optional(),
  weight: positive("weight").optional(),
  weight_unit: unit.optional(),
  pieces: z.number().int("pieces: a whole number").min(0).max(1_000_000).optional(),
})

export const MetalPeriod = z.object({
  from: date("from").optional(),
  to: date("to").optional(),
})

export const ListMetalEntries = MetalPeriod.extend({
  holder_type: z.enum(HOLDER_TYPES as unknown as [string, ...string[]]).optional(),
  holder_id: z.string().max(100).optional(),
  job_id: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
})

export const LossReport = MetalPeriod.extend({
  stage_id: z.string().max(100).optional(),
  department_id: z.string().max(100).optional(),
  metal: metal.optional(),
})

export const ListLots = z.object({
  status: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
})

export const ListWaste = MetalPeriod.extend({
  metal: metal.optional(),
  department_id: z.string().max(100).optional(),
})

const wasteSource = z.object({
  kind: z.literal("waste"),
  receipt_id: id("receipt_id"),
  est_fineness: fineness("est_fineness").optional(),
  purity: text(40).optional(),
}).strict()
const sweepsSource = z.object({
  kind: z.literal("sweeps"),
  description: text(200).min(1, "description: say what was collected"),
  weight: positive("weight"),
  weight_unit: unit.optional(),
  est_fineness: fineness("est_fineness").optional(),
  purity: text(40).optional(),
  department_id: z.string().max(100).nullable().optional(),
  job_stage_id: z.string().max(100).nullable().optional(),
}).strict()
const scrapSource = take.extend({ kind: z.literal("scrap_item") }).strict()

export const CreateRefiningLot = z
  .object({
    metal,
    supplier_id: z.string().max(100).nullable().optional(),
    notes: text(2000).nullable().optional(),
    sources: z.array(z.discriminatedUnion("kind", [wasteSource, sweepsSource, scrapSource])).min(1, "sources: collect at least one source").max(500),
  })
  .strict()

export const SendRefiningLot = z.object({ supplier_id: z.string().max(100).optional(), sent_at: date("sent_at").optional() }).strict()

export const ReceiveRefiningLot = z
  .object({
    location_id: id("location_id"),
    outputs: z
      .array(
        z
          .object({
            product_id: id("product_id"),
            variant_id: z.string().max(100).nullable().optional(),
            inventory_type_id: z.string().max(100).optional(),
            purity: text(40).nullable().optional(),
            metal: metal.nullable().optional(),
            weight: positive("weight"),
            weight_unit: unit.optional(),
            pieces: z.number().int().min(0).max(1_000_000).optional(),
            notes: text(2000).nullable().optional(),
          })
          .strict()
      )
      .min(1, "outputs: say what came back")
      .max(100),
    charges: decimal("charges").nullable().optional(),
    currency_code: z.string().trim().length(3).nullable().optional(),
  })
  .strict()

export const CreateMeltLot = z
  .object({
    metal,
    purity: text(40).min(1, "purity: the purity to make (18K, 750, PT950)"),
    product_id: id("product_id"),
    location_id: id("location_id"),
    inputs: z.array(take.strict()).min(1, "inputs: pick at least one stock item").max(200),
    notes: text(2000).nullable().optional(),
  })
  .strict()

export const CompleteMeltLot = z
  .object({
    output_weight: positive("output_weight").optional(),
    loss_fine_weight: decimal("loss_fine_weight").optional(),
    weight_unit: unit.optional(),
    inventory_type_id: z.string().max(100).optional(),
  })
  .strict()
  .refine((v) => (v.output_weight === undefined) !== (v.loss_fine_weight === undefined), {
    message: "output_weight: give the weight that came out, or the fine metal lost (loss_fine_weight), not both",
    path: ["output_weight"],
  })
