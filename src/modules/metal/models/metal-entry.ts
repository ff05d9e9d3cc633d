import { model } from "@medusajs/framework/utils"
import { CUSTODY_ENTRY_TYPES, HOLDER_TYPES } from "../../../lib/metal-custody"

/**
 * The custody ledger (SPEC 4b): who holds the metal. One signed entry per
 * event, append-only (a trigger refuses updates and deletes, except a
 * workflow undoing its own write):
 *   issue  +gross  the holder took material into a stage
 *   return −gross  received, rejected or scrapped output came back from them
 *   loss   −gross  waste at a receipt, or what stood unreturned when the stage completed
 * A holder's balance per metal and purity is the sum of their entries.
 * Job, stage and department are copied in so reports never join.
 */
export const MetalEntry = model
  .define("jewelry_metal_entry", {
    id: model.id({ prefix: "jme" }).primaryKey(),
    holder_type: model.enum(HOLDER_TYPES as unknown as string[]),
    holder_id: model.text(),
    entry_type: model.enum(CUSTODY_ENTRY_TYPES as unknown as string[]),
    /** received, rejected, scrapped, waste or unreturned; null for an issue. */
    bucket: model.text().nullable(),
    metal: model.text().nullable(),
    fineness: model.bigNumber().nullable(),
    gross_grams: model.bigNumber(),
    fine_grams: model.bigNumber().default(0),
    job_id: model.text().nullable(),
    job_number: model.number().nullable(),
    job_stage_id: model.text().nullable(),
    stage_id: model.text().nullable(),
    stage_name: model.text().nullable(),
    department_id: model.text().nullable(),
    loss_standard_pct: model.bigNumber().nullable(),
    stock_item_id: model.text().nullable(),
    tag_id: model.text().nullable(),
    material_id: model.text().nullable(),
    receipt_id: model.text().nullable(),
    note: model.text().nullable(),
    actor_id: model.text().nullable(),
  })
  .indexes([
    { on: ["holder_type", "holder_id", "created_at"] },
    { on: ["job_stage_id"] },
    { on: ["job_id"] },
    { on: ["created_at"] },
  ])
