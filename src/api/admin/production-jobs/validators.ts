import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { METALS } from "../../../lib/purity"
import { MONEY, WEIGHT } from "../../../lib/decimal-input"
import { body, bool, date, decimal, id, ids, int, list, oneOf, optNote, optText, paging, pieces, queryBool, queryFields, queryId, queryText, text } from "../../utils/schemas"
import { PRODUCTION_JOB_LINKS } from "./query-config"
import { JOB_KINDS, JOB_LIST_ORDERS, JOB_MODES, JOB_STATUSES } from "../../../types/production-jobs"

const unit = oneOf(WEIGHT_UNIT_CODES)
const metal = oneOf(METALS)
const weight = () => decimal(WEIGHT)

/** Who takes or returns the metal: a staff member (user) or an outside vendor (supplier). */
export const Holder = body({
  type: oneOf(["user", "supplier"]),
  id: id((holder) => (holder?.type === "user" ? "user" : holder?.type === "supplier" ? "supplier" : null)),
})

/** What to take from a stock item. The item itself is looked up by the workflow, within the caller's locations. */
export const IssueLines = list(
  body({
    stock_item_id: id(),
    full: bool().optional(),
    weight: weight().optional(),
    weight_unit: unit.optional(),
    pieces: pieces().optional(),
  }),
  200
).min(1, "pick at least one stock item")

export const CreateJob = body({
  kind: oneOf(JOB_KINDS),
  mode: oneOf(JOB_MODES).default("simple"),
  /** Required for a simple job; a style-driven job left without one is named after its style. "" is refused either way. */
  title: text(200).optional(),
  description: optNote(4000),
  style_id: id("style").nullable().optional(),
  quantity: int(1, 10_000).optional(),
  rush: bool().optional(),
  target_date: date().nullable().optional(),
  issued_at: date().nullable().optional(),
  staff_deadline: date().nullable().optional(),
  start_stage_id: id("stage").nullable().optional(),
  requested_pieces: pieces().nullable().optional(),
  requested_weight: weight().nullable().optional(),
  weight_unit: unit.nullable().optional(),
  requested_shape: optText(100),
  requested_size: optText(100),
  request_basis: oneOf(["total", "per_item"]).optional(),
  responsible_user_id: id("user").nullable().optional(),
  department_id: id("department").nullable().optional(),
  notes: optNote(4000),
  order_id: id("order").nullable().optional(),
  order_line_item_id: id("order_line_item").nullable().optional(),
  product_id: id("product").nullable().optional(),
  variant_id: id("variant").nullable().optional(),
  customer_id: id("customer").nullable().optional(),
  source_product_ids: ids("product", 100).optional(),
  /** The piece a repair works on; looked up by the workflow within the caller's locations. */
  repair_item_id: id().nullable().optional(),
  issue_lines: IssueLines.optional(),
})

export const UpdateJob = body({
  title: text(200).optional(),
  description: optNote(4000),
  rush: bool().optional(),
  target_date: date().optional(),
  staff_deadline: date().nullable().optional(),
  responsible_user_id: id("user").nullable().optional(),
  notes: optNote(4000),
})

export const ListJobs = z.object({
  fields: queryFields(PRODUCTION_JOB_LINKS),
  q: queryText(),
  kind: oneOf(JOB_KINDS).optional(),
  status: oneOf(JOB_STATUSES).optional(),
  rush: queryBool(),
  order_id: queryId(),
  /** By target (due) date or when opened; "-" for the latest first. Newest first when left out. */
  order: oneOf(JOB_LIST_ORDERS).optional(),
  ...paging(200),
})

export const AddJobStage = body({
  stage_id: id("stage"),
  vendor_type: oneOf(["in_house", "outside"]).optional(),
  vendor_name: optText(200),
  cost: decimal(MONEY).optional(),
  due_date: date().nullable().optional(),
  status: oneOf(["pending", "in_progress", "skipped"]).optional(),
  department_id: id("department").nullable().optional(),
  assignee_user_id: id("user").nullable().optional(),
  vendor_supplier_id: id("supplier").nullable().optional(),
})
export const UpdateJobStage = AddJobStage.omit({ stage_id: true }).strict()
export const CompleteJobStage = body({ override_reason: optNote(1000), loss_override_reason: optNote(1000) })

export const IssueStock = body({ job_stage_id: id("job_stage"), lines: IssueLines, holder: Holder.optional() })
export const AllocateStones = body({ job_stage_id: id("job_stage").nullable().optional(), lines: IssueLines, holder: Holder.optional() })

const details = body({
  product_id: id("product").optional(),
  inventory_type_id: id("inventory_type").optional(),
  shape: optText(100),
  size: optText(100),
  color: optText(100),
  quality: optText(100),
})

export const ReceiveOutput = body({
  job_stage_id: id("job_stage"),
  weight_unit: unit.optional(),
  received_pieces: pieces().optional(),
  received_weight: weight().optional(),
  rejected_pieces: pieces().optional(),
  rejected_weight: weight().optional(),
  rejected_details: details.optional(),
  scrapped_pieces: pieces().optional(),
  scrapped_weight: weight().optional(),
  scrapped_details: details.optional(),
  waste_weight: weight().optional(),
  location_id: id("stock_location").optional(),
  notes: optNote(2000),
  /** 14K, 585, PT950; "" is refused (leave it out, or null, for no purity). */
  purity: text(40).nullable().optional(),
  metal: metal.nullable().optional(),
  holder: Holder.optional(),
})

export const RecordQa = body({ inspector: text(200), result: oneOf(["pass", "fail"]), notes: optNote(2000) })

export const CloseOut = body({ location_id: id("stock_location"), inventory_type_id: id("inventory_type").optional(), override_reason: optNote(1000) })
