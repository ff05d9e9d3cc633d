import { model } from "@medusajs/framework/utils"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"

import { JOB_KINDS, JOB_MODES, JOB_STATUSES } from "../../../types/production-jobs"

/** Declared once in types/production-jobs, which the admin shares. */
export { JOB_KINDS, JOB_MODES, JOB_STATUSES }
export const ACTIVE_JOB_STATUSES = ["open", "in_progress", "completed"] as const

/** A production, custom or repair job: making pieces, from intake to stock. */
export const ProductionJob = model
  .define("production_job", {
    id: model.id({ prefix: "prjob" }).primaryKey(),
    number: model.autoincrement(),
    kind: model.enum(JOB_KINDS as unknown as string[]).default("production"),
    mode: model.enum(JOB_MODES as unknown as string[]).default("simple"),
    status: model.enum(JOB_STATUSES as unknown as string[]).default("open"),
    title: model.text().searchable(),
    description: model.text().nullable(),
    style_id: model.text().nullable(),
    quantity: model.number().default(1),
    rush: model.boolean().default(false),
    target_date: model.dateTime(),
    issued_at: model.dateTime().nullable(),
    staff_deadline: model.dateTime().nullable(),
    start_stage_id: model.text().nullable(),
    requested_pieces: model.number().nullable(),
    requested_weight: model.bigNumber().nullable(),
    weight_unit: model.enum(WEIGHT_UNIT_CODES as unknown as string[]).default("g"),
    requested_shape: model.text().nullable(),
    requested_size: model.text().nullable(),
    /** How per-item requests are prepared: one request for the whole batch, or the same request per piece. */
    request_basis: model.enum(["total", "per_item"]).default("total"),
    responsible_user_id: model.text().nullable(),
    department_id: model.text().nullable(),
    notes: model.text().nullable(),
    order_id: model.text().nullable(),
    order_line_item_id: model.text().nullable(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    /** A repair works on this piece (a customer's, or the shop's stock) and gives the same piece back. */
    repair_item_id: model.text().nullable(),
    source_product_ids: model.array().default([]),
    tolerance_override_reason: model.text().nullable(),
    tolerance_override_by: model.text().nullable(),
    close_out_location_id: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
    stages: model.hasMany(() => ProductionJobStage, { mappedBy: "job" }),
    materials: model.hasMany(() => ProductionJobMaterial, { mappedBy: "job" }),
    receipts: model.hasMany(() => ProductionJobReceipt, { mappedBy: "job" }),
    qa_checks: model.hasMany(() => ProductionQaCheck, { mappedBy: "job" }),
  })
  .indexes([
    { on: ["status"] },
    { on: ["order_id"] },
    { name: "IDX_production_job_order_line_unique", on: ["order_line_item_id"], unique: true, where: "order_line_item_id IS NOT NULL AND status <> 'cancelled' AND deleted_at IS NULL" },
  ])

export const JOB_STAGE_STATUSES = ["pending", "in_progress", "completed", "skipped"] as const

/** A stage on a job, from the active catalog. The name is kept so the job shows it even when the catalog changes. */
export const ProductionJobStage = model
  .define("production_job_stage", {
    id: model.id({ prefix: "prjst" }).primaryKey(),
    job: model.belongsTo(() => ProductionJob, { mappedBy: "stages" }),
    stage_id: model.text(),
    stage_name: model.text(),
    rank: model.number().default(0),
    vendor_type: model.enum(["in_house", "outside"]).default("in_house"),
    vendor_name: model.text().nullable(),
    /** The supplier acting as outside vendor (caster, setter, plater): they hold the metal issued here. */
    vendor_supplier_id: model.text().nullable(),
    cost: model.bigNumber().default(0),
    due_date: model.dateTime().nullable(),
    status: model.enum(JOB_STAGE_STATUSES as unknown as string[]).default("pending"),
    department_id: model.text().nullable(),
    assignee_user_id: model.text().nullable(),
    started_at: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
    tolerance_override_reason: model.text().nullable(),
    tolerance_override_by: model.text().nullable(),
    /** Kept when the stage completes: its loss standard, what was issued and lost (grams), and any override. */
    loss_standard_pct: model.bigNumber().nullable(),
    issued_grams: model.bigNumber().nullable(),
    loss_grams: model.bigNumber().nullable(),
    loss_pct: model.bigNumber().nullable(),
    loss_override_reason: model.text().nullable(),
    loss_override_by: model.text().nullable(),
  })
  .indexes([{ on: ["stage_id"] }, { on: ["status", "completed_at"] }])

/** Stock issued into a job stage, or a stone allocated to the job. Moves stock only through the ledger. */
export const ProductionJobMaterial = model
  .define("production_job_material", {
    id: model.id({ prefix: "prjmat" }).primaryKey(),
    job: model.belongsTo(() => ProductionJob, { mappedBy: "materials" }),
    job_stage_id: model.text().nullable(),
    kind: model.enum(["issue", "stone"]),
    stock_item_id: model.text(),
    tag_id: model.text(),
    /** None when the material is a customer's piece (a repair). */
    product_id: model.text().nullable(),
    inventory_type_id: model.text(),
    inventory_kind: model.text(),
    weight: model.bigNumber().default(0),
    weight_unit: model.enum(WEIGHT_UNIT_CODES as unknown as string[]),
    grams: model.bigNumber().default(0),
    pieces: model.number().default(0),
    cost: model.bigNumber().default(0),
    movement_id: model.text().nullable(),
    removed_at: model.dateTime().nullable(),
    return_movement_id: model.text().nullable(),
    /** The item issued is an output of this job (SPEC 4a): an intermediate, not new input. */
    intermediate: model.boolean().default(false),
    source_bucket: model.enum(["received", "rejected", "scrapped"]).nullable(),
    metal: model.text().nullable(),
    fineness: model.bigNumber().nullable(),
    fine_grams: model.bigNumber().default(0),
    /** Who took the material: a staff member (user) or an outside vendor (supplier). */
    holder_type: model.enum(["user", "supplier"]).nullable(),
    holder_id: model.text().nullable(),
  })
  .indexes([{ on: ["stock_item_id"] }])

/** Output received from a stage: received, rejected and scrapped become stock; waste is recorded loss only. */
export const ProductionJobReceipt = model.define("production_job_receipt", {
  id: model.id({ prefix: "prjrc" }).primaryKey(),
  job: model.belongsTo(() => ProductionJob, { mappedBy: "receipts" }),
  job_stage_id: model.text(),
  weight_unit: model.enum(WEIGHT_UNIT_CODES as unknown as string[]),
  received_pieces: model.number().default(0),
  received_weight: model.bigNumber().default(0),
  rejected_pieces: model.number().default(0),
  rejected_weight: model.bigNumber().default(0),
  scrapped_pieces: model.number().default(0),
  scrapped_weight: model.bigNumber().default(0),
  waste_weight: model.bigNumber().default(0),
  /** Grams of each bucket, for sums across units. */
  received_grams: model.bigNumber().default(0),
  rejected_grams: model.bigNumber().default(0),
  scrapped_grams: model.bigNumber().default(0),
  waste_grams: model.bigNumber().default(0),
  rejected_details: model.json().nullable(),
  scrapped_details: model.json().nullable(),
  created_item_ids: model.array().default([]),
  notes: model.text().nullable(),
  received_by: model.text().nullable(),
  /** Purity of what came back, for its fine weight (SPEC 4b). */
  metal: model.text().nullable(),
  fineness: model.bigNumber().nullable(),
  /** Who returned it. */
  holder_type: model.enum(["user", "supplier"]).nullable(),
  holder_id: model.text().nullable(),
})

export const ProductionQaCheck = model.define("production_qa_check", {
  id: model.id({ prefix: "prqa" }).primaryKey(),
  job: model.belongsTo(() => ProductionJob, { mappedBy: "qa_checks" }),
  inspector: model.text(),
  result: model.enum(["pass", "fail"]),
  notes: model.text().nullable(),
  recorded_by: model.text().nullable(),
})
