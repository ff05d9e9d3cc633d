import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"

const dec = (field: string) =>
  z.union([z.number(), z.string().trim()]).refine((v) => /^\d+(\.\d+)?$/.test(String(v)), `${field}: must be a decimal number, 0 or more`).transform(String)

const BomLine = z
  .object({
    kind: z.enum(["metal", "stone", "finding"]),
    description: z.string().max(300).nullable().optional(),
    product_id: z.string().nullable().optional(),
    purity: z.string().max(50).nullable().optional(),
    shape: z.string().max(100).nullable().optional(),
    size: z.string().max(100).nullable().optional(),
    quantity: z.number().int("bom_lines.quantity: must be a whole number").min(1).default(1),
    weight: dec("bom_lines.weight").nullable().optional(),
    weight_unit: z.enum(WEIGHT_UNIT_CODES as [string, ...string[]]).nullable().optional(),
    unit_cost: dec("bom_lines.unit_cost").default("0"),
    cost_per: z.enum(["piece", "weight"]).default("piece"),
  })
  .strict()
  .refine((l) => l.cost_per !== "weight" || (l.weight && l.weight_unit), "bom_lines.weight: a line priced by weight needs a weight and unit")

const LaborLine = z
  .object({ stage_id: z.string().nullable().optional(), stage_name: z.string().trim().min(1).max(120), cost: dec("labor_lines.cost"), minutes: z.number().int().min(0).nullable().optional() })
  .strict()

const StyleFields = z.object({
  code: z.string().trim().min(1, "code: give the style a code").max(40),
  name: z.string().trim().min(1, "name: give the style a name").max(200),
  category: z.string().max(100).nullable().optional(),
  source: z.enum(["own", "vendor"]),
  vendor_name: z.string().max(200).nullable().optional(),
  vendor_sku: z.string().max(100).nullable().optional(),
  description: z.string().max(4000).nullable().optional(),
  image_url: z.string().max(2000).nullable().optional(),
  lead_time_days: z.number().int("lead_time_days: whole days").min(0).max(365).optional(),
  currency_code: z.string().length(3).optional(),
  variant_id: z.string().nullable().optional(),
  made_to_order: z.boolean().optional(),
  is_active: z.boolean().optional(),
  bom_lines: z.array(BomLine).optional(),
  labor_lines: z.array(LaborLine).optional(),
})

export const CreateStyle = StyleFields.extend({ source: StyleFields.shape.source.default("own") })
  .strict()
  .refine((s) => s.source !== "vendor" || !!s.vendor_name, "vendor_name: a vendor style names its vendor")

export const UpdateStyle = StyleFields.partial().strict()

export const ListStyles = z.object({
  q: z.string().optional(),
  source: z.enum(["own", "vendor"]).optional(),
  category: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).optional(),
})
