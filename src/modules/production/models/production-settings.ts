import { model } from "@medusajs/framework/utils"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { INDUSTRIES } from "../../../lib/industry-defaults"
import { DEFAULT_TAG_STOCK, TAG_STOCK_IDS, TAG_SYMBOLOGIES } from "../../../lib/tags-print"

/**
 * One record per store (scope "default"): the defaults and policies that
 * shape every production job.
 */
export const ProductionSettings = model
  .define("production_settings", {
    id: model.id({ prefix: "prset" }).primaryKey(),
    scope: model.text().default("default"),
    due_date_offset_days: model.number().default(7),
    default_start_stage_id: model.text().nullable(),
    enforce_stage_inventory_mapping: model.boolean().default(false),
    enforce_stage_department_mapping: model.boolean().default(false),
    qa_checks_required: model.boolean().default(false),
    weight_tolerance_percent: model.bigNumber().nullable(),
    default_weight_unit: model.enum(WEIGHT_UNIT_CODES as unknown as string[]).default("g"),
    industry: model.enum(INDUSTRIES as unknown as string[]).default("jewelry"),
    tag_prefix: model.text().default("JW"),
    /** The tag stock the printer is loaded with (barbell/dumbbell thermal tags, Letter or A4 label sheets) and the barcode printed on it. */
    tag_stock: model.enum(TAG_STOCK_IDS as unknown as string[]).default(DEFAULT_TAG_STOCK),
    tag_symbology: model.enum(TAG_SYMBOLOGIES as unknown as string[]).default("code128"),
    managers_all_locations: model.boolean().default(false),
    /** The workshop's karat → fineness table (SPEC 4b); empty: the hallmark convention. */
    karat_table: model.json().nullable(),
  })
  .indexes([{ on: ["scope"], unique: true }])
  .checks([
    { name: "production_settings_offset_check", expression: (c) => `${c.due_date_offset_days} >= 0` },
    {
      name: "production_settings_tolerance_check",
      expression: (c) =>
        `${c.weight_tolerance_percent} IS NULL OR (${c.weight_tolerance_percent} >= 0 AND ${c.weight_tolerance_percent} <= 100)`,
    },
  ])
