/**
 * Request and response shapes of the repairs domain (/admin/repairs/*), as
 * the server's repair view answers them, shared by the admin's hooks and
 * screens. Weights and money are decimal strings; dates ISO strings.
 */
import { REPAIR_FLOW } from "../../lib/job-kinds"

export { REPAIR_FLOW }

/** The statuses a repair moves through, and `cancelled` beside them. */
export type RepairStatus = (typeof REPAIR_FLOW)[number] | "cancelled"
export const REPAIR_STATUSES: readonly RepairStatus[] = [...REPAIR_FLOW, "cancelled"]

/** The bench's words for each status (English; the admin translates them). */
export const REPAIR_STATUS_LABELS: Record<RepairStatus, string> = {
  intake: "Taken in",
  estimated: "Awaiting approval",
  approved: "Approved, at the bench",
  ready: "Ready for pickup",
  picked_up: "Picked up",
  cancelled: "Cancelled",
}

export type RepairWeightChange = { change: string; direction: "added" | "removed" | "same"; unit: string; in_unit: string }

export type Repair = {
  id: string
  status: RepairStatus
  description: string
  photos: string[]
  condition_notes: string | null
  declared_metal: string | null
  declared_stones: string | null
  take_in_weight: string
  weight_unit: string
  estimate_amount: string | null
  currency_code: string | null
  estimate_notes: string | null
  estimated_at: string | null
  promised_date: string | null
  approved_at: string | null
  approved_by_name: string | null
  ready_at: string | null
  out_weight: string | null
  acknowledged_name: string | null
  acknowledged_at: string | null
  picked_up_by: string | null
  /** Returned unrepaired: why, and when (the hand-back is acknowledged like a pickup). */
  cancel_reason: string | null
  cancelled_at: string | null
  draft_order_id: string | null
  order_id: string | null
  created_at: string
  weight_change: RepairWeightChange | null
  customer: { id: string; name: string; email: string } | null
  item: { id: string; tag_id: string; location_id: string; status: string; weight: string | null; weight_unit: string } | null
  job: { id: string; display_number: string; status: string; current_stage: string | null; target_date: string | null } | null
}

export type RepairListQuery = { status?: RepairStatus; customer_id?: string; limit?: number; offset?: number }
export type RepairListResponse = { repairs: Repair[]; count: number; limit: number; offset: number }
export type RepairResponse = { repair: Repair }

export type TakeInRepairBody = {
  customer_id: string
  description: string
  photos?: string[]
  condition_notes?: string | null
  declared_metal?: string | null
  declared_stones?: string | null
  take_in_weight: string
  weight_unit?: string
  location_id: string
  inventory_type_id?: string | null
  promised_date?: string | null
  estimate_amount?: string | null
  currency_code?: string | null
  estimate_notes?: string | null
  rush?: boolean
  start_stage_id?: string | null
}

export type EstimateRepairBody = { estimate_amount: string; currency_code: string; estimate_notes?: string | null; promised_date?: string | null }
export type ApproveRepairBody = { approved_by_name: string }
export type PickUpRepairBody = { out_weight: string; weight_unit?: string; acknowledged_name: string }
/** POST /admin/repairs/:id/return: the piece goes back unrepaired. */
export type ReturnRepairBody = PickUpRepairBody & { reason: string }

/** A stone set in a piece (GET /admin/stock-items/:id, stones_set[]): its as-built record. */
export type StoneSetting = {
  id: string
  stone_item_id: string
  stone_tag_id: string
  product_id: string
  shape: string | null
  size: string | null
  color: string | null
  quality: string | null
  pieces: number
  weight: string
  weight_unit: string
  grams: string
  cost: string
  set_by: string | null
  created_at: string
  unset_at: string | null
  unset_by: string | null
}

export type SetStonesBody = { stones: { stock_item_id: string; full?: boolean; pieces?: number; weight?: string; weight_unit?: string }[] }
