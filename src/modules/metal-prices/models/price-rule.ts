import { model } from "@medusajs/framework/utils"
import { MAKING_PER, METAL_SOURCES, ROUNDINGS } from "../../../lib/metal-prices"

/**
 * How a style's or product's variants are priced from the day's rates:
 * metal from the style's BOM or the variant's stock, stones and findings
 * from the BOM, a making charge per currency (per gram or per piece), a
 * markup and a rounding.
 */
export const PriceRule = model
  .define("jewelry_price_rule", {
    id: model.id({ prefix: "jpr" }).primaryKey(),
    name: model.text(),
    style_id: model.text().nullable(),
    product_id: model.text().nullable(),
    metal_source: model.enum(METAL_SOURCES as unknown as string[]).default("bom"),
    /** Currency code → making charge in that currency. A currency without one is not priced. */
    making_charges: model.json(),
    making_per: model.enum(MAKING_PER as unknown as string[]).default("gram"),
    markup_pct: model.bigNumber().default(0),
    rounding: model.enum(ROUNDINGS as unknown as string[]).default("none"),
    is_active: model.boolean().default(true),
    /** The daily reprice applies this rule's changes of at least `auto_threshold_pct` by itself. */
    auto_reprice: model.boolean().default(false),
    auto_threshold_pct: model.bigNumber().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["style_id"] }, { on: ["product_id"] }])

