import { model } from "@medusajs/framework/utils"

/**
 * A stage of the production flow. `rank` is its place in the flow.
 * `name_key` is the lower-cased name: names are unique ignoring case among
 * stages that are not archived. Archived stages are kept for the jobs that
 * used them and never shown in the catalog.
 */
export const ProductionStage = model
  .define("production_stage", {
    id: model.id({ prefix: "prstg" }).primaryKey(),
    name: model.text().searchable(),
    name_key: model.text(),
    code: model.text().searchable().nullable(),
    description: model.text().nullable(),
    inventory_type_ids: model.array().default([]),
    department_ids: model.array().default([]),
    is_active: model.boolean().default(true),
    is_default: model.boolean().default(false),
    rank: model.number().default(0),
    /** Allowed metal loss at this stage, in % of what was issued into it (SPEC 4c). Empty: no check. */
    loss_standard_pct: model.bigNumber().nullable(),
    archived_at: model.dateTime().nullable(),
  })
  .indexes([
    { name: "IDX_production_stage_name_key_unique", on: ["name_key"], unique: true, where: "archived_at IS NULL AND deleted_at IS NULL" },
    { name: "IDX_production_stage_code_unique", on: ["code"], unique: true, where: "code IS NOT NULL AND archived_at IS NULL AND deleted_at IS NULL" },
    { on: ["rank"] },
  ])
  .checks([
    {
      name: "production_stage_loss_standard_check",
      expression: (c) => `${c.loss_standard_pct} IS NULL OR (${c.loss_standard_pct} >= 0 AND ${c.loss_standard_pct} <= 100)`,
    },
  ])
