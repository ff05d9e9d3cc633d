import { model } from "@medusajs/framework/utils"
import { METALS } from "../../../lib/purity"

export const REFINING_LOT_STATUSES = ["open", "sent", "receiving", "received", "cancelled"] as const
export const REFINING_SOURCE_KINDS = ["waste", "sweeps", "scrap_item"] as const

/**
 * A refining lot (SPEC 4c): recoverable waste (sweeps, polishing dust,
 * filings) and scrap items collected, sent to a refiner and received back
 * once as fine metal. One metal per lot, as refiners assay them.
 */
export const RefiningLot = model
  .define("jewelry_refining_lot", {
    id: model.id({ prefix: "jrl" }).primaryKey(),
    number: model.autoincrement(),
    status: model.enum(REFINING_LOT_STATUSES as unknown as string[]).default("open"),
    metal: model.enum(METALS as unknown as string[]),
    supplier_id: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),
    est_gross_grams: model.bigNumber().default(0),
    est_fine_grams: model.bigNumber().default(0),
    fine_received_grams: model.bigNumber().nullable(),
    loss_pct: model.bigNumber().nullable(),
    charges: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    location_id: model.text().nullable(),
    output_item_ids: model.array().default([]),
    notes: model.text().nullable(),
    created_by: model.text().nullable(),
    sources: model.hasMany(() => RefiningSource, { mappedBy: "lot" }),
  })
  .indexes([{ on: ["status"] }])

/** What went into a lot: a receipt's waste, sweeps collected at a bench or department, or a scrap item taken out of stock. */
export const RefiningSource = model
  .define("jewelry_refining_source", {
    id: model.id({ prefix: "jrs" }).primaryKey(),
    lot: model.belongsTo(() => RefiningLot, { mappedBy: "sources" }),
    kind: model.enum(REFINING_SOURCE_KINDS as unknown as string[]),
    description: model.text().nullable(),
    gross_grams: model.bigNumber(),
    est_fineness: model.bigNumber(),
    est_fine_grams: model.bigNumber(),
    job_id: model.text().nullable(),
    job_stage_id: model.text().nullable(),
    receipt_id: model.text().nullable(),
    department_id: model.text().nullable(),
    stock_item_id: model.text().nullable(),
    tag_id: model.text().nullable(),
    movement_id: model.text().nullable(),
    /** What a scrap item taken out of stock had cost (pro rata), carried into the refined metal's cost. */
    cost: model.bigNumber().nullable(),
    recovered_fine_grams: model.bigNumber().nullable(),
  })
  .indexes([
    // A receipt's waste goes into one lot only.
    { name: "IDX_jewelry_refining_source_receipt_unique", on: ["receipt_id"], unique: true, where: "receipt_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["job_stage_id"] },
  ])
