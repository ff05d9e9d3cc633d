import BigNumber from "bignumber.js"
import { DecimalInput } from "./units"

/**
 * What each kind of job ends in (seed 003):
 * - production → new stock items (N of them, cost rolled in);
 * - a repair of the shop's stock → the same item back, its cost basis raised by the job's cost;
 * - a repair of a customer's piece → the same piece back, ready for the customer's pickup (no stock);
 * - a custom job for an order line → its finished piece, selected for that line at once;
 * - a custom job without one → its finished piece, held for the customer.
 */
export type CloseOutKind = "production" | "stock_repair" | "customer_repair" | "custom_for_line" | "custom"

export function closeOutKind(job: { kind: string; repair_item_id?: string | null; order_line_item_id?: string | null }, repairItem?: { ownership?: string | null } | null): CloseOutKind {
  if (job.kind === "repair" && job.repair_item_id) return repairItem?.ownership === "customer" ? "customer_repair" : "stock_repair"
  if (job.kind === "custom") return job.order_line_item_id ? "custom_for_line" : "custom"
  return "production"
}

/** Whether close-out makes new stock items (the repairs give the same piece back). */
export const makesNewItems = (kind: CloseOutKind) => kind === "production" || kind === "custom" || kind === "custom_for_line"

/**
 * A customer's piece is not the shop's: it may go into its own repair job
 * (and what comes out of it, back into that job), never into another job,
 * an order, a refining or melt lot.
 */
export function customerPieceUse(item: { ownership?: string | null; job_id?: string | null; id: string }, job: { id: string; repair_item_id?: string | null } | null): "ok" | "not_this_job" {
  if (item.ownership !== "customer") return "ok"
  if (job && (job.repair_item_id === item.id || item.job_id === job.id)) return "ok"
  return "not_this_job"
}

/** The piece's weight at pickup against take-in: metal added (solder, sizing stock) or removed (a sizing-down, filing). */
export function weightChange(takeInGrams: DecimalInput, outGrams: DecimalInput) {
  const change = new BigNumber(outGrams as any).minus(takeInGrams as any)
  return {
    change: change.toFixed(),
    direction: change.isZero() ? ("same" as const) : change.isPositive() ? ("added" as const) : ("removed" as const),
  }
}

export const REPAIR_FLOW = ["intake", "estimated", "approved", "ready", "picked_up"] as const

/** The statuses a repair moves through; cancelled from any status before pickup. */
export function canMoveRepair(from: string, to: string): boolean {
  if (to === "cancelled") return from !== "picked_up" && from !== "cancelled"
  const order = REPAIR_FLOW as readonly string[]
  if (to === "estimated") return from === "intake" || from === "estimated"
  if (to === "approved") return from === "estimated"
  // The customer approves the estimate before the piece is finished and handed back.
  if (to === "ready") return from === "approved"
  if (to === "picked_up") return from === "ready"
  return order.indexOf(to) === order.indexOf(from) + 1
}
