import { model } from "@medusajs/framework/utils"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"

/**
 * A saved design. One catalog, two default filters: My Designs (source
 * "own", produced in-house) and Vendor Styles (source "vendor", other
 * suppliers' catalogs, with vendor and vendor SKU).
 */
export const Style = model
  .define("jewelry_style", {
    id: model.id({ prefix: "sty" }).primaryKey(),
    code: model.text().searchable(),
    name: model.text().searchable(),
    category: model.text().nullable(),
    source: model.enum(["own", "vendor"]).default("own"),
    vendor_name: model.text().nullable(),
    vendor_sku: model.text().nullable(),
    description: model.text().nullable(),
    image_url: model.text().nullable(),
    lead_time_days: model.number().default(14),
    currency_code: model.text().default("usd"),
    /** The Medusa variant sold as made to order from this style, if any. */
    variant_id: model.text().nullable(),
    made_to_order: model.boolean().default(false),
    is_active: model.boolean().default(true),
    bom_lines: model.hasMany(() => StyleBomLine, { mappedBy: "style" }),
    labor_lines: model.hasMany(() => StyleLaborLine, { mappedBy: "style" }),
  })
  .cascades({ delete: ["bom_lines", "labor_lines"] })
  .indexes([
    { name: "IDX_jewelry_style_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["source"] },
    { on: ["variant_id"] },
  ])

/** A bill-of-materials line: metal by purity and weight, stones by shape, size, count and carats, or a finding. */
export const StyleBomLine = model.define("jewelry_style_bom_line", {
  id: model.id({ prefix: "stybom" }).primaryKey(),
  style: model.belongsTo(() => Style, { mappedBy: "bom_lines" }),
  kind: model.enum(["metal", "stone", "finding"]),
  description: model.text().nullable(),
  product_id: model.text().nullable(),
  purity: model.text().nullable(),
  shape: model.text().nullable(),
  size: model.text().nullable(),
  quantity: model.number().default(1),
  weight: model.bigNumber().nullable(),
  weight_unit: model.enum(WEIGHT_UNIT_CODES as unknown as string[]).nullable(),
  unit_cost: model.bigNumber().default(0),
  /** What the unit cost is per: a piece, or a unit of weight. */
  cost_per: model.enum(["piece", "weight"]).default("piece"),
  rank: model.number().default(0),
})

/** Labour per stage of the flow. */
export const StyleLaborLine = model.define("jewelry_style_labor_line", {
  id: model.id({ prefix: "stylab" }).primaryKey(),
  style: model.belongsTo(() => Style, { mappedBy: "labor_lines" }),
  stage_id: model.text().nullable(),
  stage_name: model.text(),
  cost: model.bigNumber().default(0),
  minutes: model.number().nullable(),
  rank: model.number().default(0),
})
