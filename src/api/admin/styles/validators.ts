import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { STYLE_LIST_ORDERS } from "../../../types/styles"
import { MONEY, WEIGHT } from "../../../lib/decimal-input"
import { body, bool, decimal, id, int, list, MAX_MINUTES, oneOf, optNote, optText, paging, queryText, quantity, text } from "../../utils/schemas"

const BomLine = body({
  kind: oneOf(["metal", "stone", "finding"]),
  description: optText(300),
  product_id: id("product").nullable().optional(),
  purity: optText(50),
  shape: optText(100),
  size: optText(100),
  quantity: quantity().default(1),
  weight: decimal(WEIGHT).nullable().optional(),
  weight_unit: oneOf(WEIGHT_UNIT_CODES).nullable().optional(),
  unit_cost: decimal(MONEY).default("0"),
  cost_per: oneOf(["piece", "weight"]).default("piece"),
}).refine((l) => l.cost_per !== "weight" || (l.weight && l.weight_unit), { message: "a line priced by weight needs a weight and unit", path: ["weight"] })

const LaborLine = body({
  stage_id: id("stage").nullable().optional(),
  stage_name: text(120),
  cost: decimal(MONEY),
  minutes: int(0, MAX_MINUTES, "a whole number of minutes").nullable().optional(),
})

const StyleFields = z.object({
  code: text(40),
  name: text(200),
  category: optText(100),
  source: oneOf(["own", "vendor"]),
  vendor_name: optText(200),
  vendor_sku: optText(100),
  description: optNote(4000),
  image_url: optText(2000),
  lead_time_days: int(0, 365, "a whole number of days").optional(),
  currency_code: text(3, { re: /^[A-Za-z]{3}$/, message: "a three-letter code like USD" }).optional(),
  variant_id: id("variant").nullable().optional(),
  made_to_order: bool().optional(),
  is_active: bool().optional(),
  bom_lines: list(BomLine, 200).optional(),
  labor_lines: list(LaborLine, 100).optional(),
})

export const CreateStyle = StyleFields.extend({ source: StyleFields.shape.source.default("own") })
  .strict()
  .refine((s) => s.source !== "vendor" || !!s.vendor_name, { message: "a vendor style names its vendor", path: ["vendor_name"] })

export const UpdateStyle = StyleFields.partial().strict()

export const ListStyles = z.object({
  q: queryText(),
  source: oneOf(["own", "vendor"]).optional(),
  category: queryText(100),
  /** A column, "-" first for descending; code by default. */
  order: oneOf(STYLE_LIST_ORDERS).optional(),
  ...paging(200),
})
