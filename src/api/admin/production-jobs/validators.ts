import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { METALS } from "../../../lib/purity"

const dec = (field: string) =>
  z.union([z.number(), z.string().trim()]).refine((v) => /^\d+(\.\d+)?$/.test(String(v)), `${field}: must be a decimal number, 0 or more`).transform(String)
const date = (field: string) => z.string().refine((v) => !isNaN(Date.parse(v)), `${field}: must be a date`)
const unit = z.enum(WEIGHT_UNIT_CODES as [string, ...string[]])
const count = (field: string) => z.number().int(`${field}: must be a whole number`).min(0, `${field}: must be 0 or more`)
/** Who takes or returns the metal: a staff member (user) or an outside vendor (supplier). */
export const Holder = z.object({ type: z.enum(["user", "supplier"]), id: z.string().trim().min(1, "holder.id: say who") }).strict()

export const IssueLines = z
  .array(
    z
      .object({
        stock_item_id: z.string().min(1),
        full: z.boolean().optional(),
        weight: dec("weight").optional(),
        weight_unit: unit.optional(),
        pieces: count("pieces").optional(),
      })
      .strict()
  )
  .min(1, "lines: pick at least one stock item")

export const CreateJob = z
  .object({
    kind: z.enum(["production", "custom", "repair"]),
    mode: z.enum(["simple", "style"]).default("simple"),
    title: z.string().trim().max(200).optional(),
    description: z.string().max(4000).nullable().optional(),
    style_id: z.string().nullable().optional(),
    quantity: z.number().int("quantity: must be a whole number").min(1, "quantity: must be 1 or more").max(10000).optional(),
    rush: z.boolean().optional(),
    target_date: date("target_date").nullable().optional(),
    issued_at: date("issued_at").nullable().optional(),
    staff_deadline: date("staff_deadline").nullable().optional(),
    start_stage_id: z.string().nullable().optional(),
    requested_pieces: count("requested_pieces").nullable().optional(),
    requested_weight: dec("requested_weight").nullable().optional(),
    weight_unit: unit.nullable().optional(),
    requested_shape: z.string().max(100).nullable().optional(),
    requested_size: z.string().max(100).nullable().optional(),
    request_basis: z.enum(["total", "per_item"]).optional(),
    responsible_user_id: z.string().nullable().optional(),
    department_id: z.string().nullable().optional(),
    notes: z.string().max(4000).nullable().optional(),
    order_id: z.string().nullable().optional(),
    order_line_item_id: z.string().nullable().optional(),
    product_id: z.string().nullable().optional(),
    variant_id: z.string().nullable().optional(),
    customer_id: z.string().nullable().optional(),
    source_product_ids: z.array(z.string()).optional(),
    repair_item_id: z.string().trim().min(1).max(100).nullable().optional(),
    issue_lines: IssueLines.optional(),
  })
  .strict()

export const UpdateJob = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(4000).nullable().optional(),
    rush: z.boolean().optional(),
    target_date: date("target_date").optional(),
    staff_deadline: date("staff_deadline").nullable().optional(),
    responsible_user_id: z.string().nullable().optional(),
    notes: z.string().max(4000).nullable().optional(),
  })
  .strict()

export const ListJobs = z.object({
  q: z.string().optional(),
  kind: z.enum(["production", "custom", "repair"]).optional(),
  status: z.enum(["open", "in_progress", "completed", "closing", "closed", "cancelled"]).optional(),
  order_id: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).optional(),
})

export const AddJobStage = z
  .object({
    stage_id: z.string().min(1),
    vendor_type: z.enum(["in_house", "outside"]).optional(),
    vendor_name: z.string().max(200).nullable().optional(),
    cost: dec("cost").optional(),
    due_date: date("due_date").nullable().optional(),
    status: z.enum(["pending", "in_progress", "skipped"]).optional(),
    department_id: z.string().nullable().optional(),
    assignee_user_id: z.string().nullable().optional(),
    vendor_supplier_id: z.string().nullable().optional(),
  })
  .strict()
export const UpdateJobStage = AddJobStage.omit({ stage_id: true }).strict()
export const CompleteJobStage = z
  .object({ override_reason: z.string().max(1000).nullable().optional(), loss_override_reason: z.string().max(1000).nullable().optional() })
  .strict()

export const IssueStock = z.object({ job_stage_id: z.string().min(1), lines: IssueLines, holder: Holder.optional() }).strict()
export const AllocateStones = z.object({ job_stage_id: z.string().nullable().optional(), lines: IssueLines, holder: Holder.optional() }).strict()

const details = z
  .object({
    product_id: z.string().optional(),
    inventory_type_id: z.string().optional(),
    shape: z.string().max(100).nullable().optional(),
    size: z.string().max(100).nullable().optional(),
    color: z.string().max(100).nullable().optional(),
    quality: z.string().max(100).nullable().optional(),
  })
  .strict()

export const ReceiveOutput = z
  .object({
    job_stage_id: z.string().min(1),
    weight_unit: unit.optional(),
    received_pieces: count("received_pieces").optional(),
    received_weight: dec("received_weight").optional(),
    rejected_pieces: count("rejected_pieces").optional(),
    rejected_weight: dec("rejected_weight").optional(),
    rejected_details: details.optional(),
    scrapped_pieces: count("scrapped_pieces").optional(),
    scrapped_weight: dec("scrapped_weight").optional(),
    scrapped_details: details.optional(),
    waste_weight: dec("waste_weight").optional(),
    location_id: z.string().optional(),
    notes: z.string().max(2000).nullable().optional(),
    purity: z.string().trim().min(1).max(40).nullable().optional(),
    metal: z.enum(METALS as unknown as [string, ...string[]]).nullable().optional(),
    holder: Holder.optional(),
  })
  .strict()

export const RecordQa = z
  .object({ inspector: z.string().trim().min(1, "inspector: who inspected the piece?").max(200), result: z.enum(["pass", "fail"]), notes: z.string().max(2000).nullable().optional() })
  .strict()

export const CloseOut = z
  .object({ location_id: z.string().min(1), inventory_type_id: z.string().optional(), override_reason: z.string().max(1000).nullable().optional() })
  .strict()
