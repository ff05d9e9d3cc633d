/**
 * What Medusa may delete while the workshop still points at it (issue 13).
 *
 * A product, variant, stock location or customer that live stock or an
 * unfinished job depends on is not deleted: deleting it would leave metal
 * on the bench with nothing to name it, Medusa's stock without its item, or
 * a customer's piece in custody with no owner. History (sold or scrapped
 * items, closed jobs, the ledger) keeps its ids and is shown with a
 * "deleted" label, so the record stays whole.
 */

/** Stock statuses of items the shop still holds or has on the bench. */
export const LIVE_STOCK_STATUSES = ["available", "reserved", "issued"] as const
/** Job statuses of jobs not yet finished (closing is a close-out in flight). */
export const UNFINISHED_JOB_STATUSES = ["open", "in_progress", "completed", "closing"] as const
/** Repair statuses while the customer's piece is still with the shop. */
export const OPEN_REPAIR_STATUSES = ["intake", "estimated", "approved", "ready"] as const

export type DeletionTarget = "product" | "variant" | "stock_location" | "customer"

export type LiveReferences = {
  stock_items: number
  jobs: number
  repairs?: number
  /** A few tags or job numbers to name in the message. */
  examples?: string[]
}

const NOUN: Record<DeletionTarget, string> = {
  product: "product",
  variant: "variant",
  stock_location: "stock location",
  customer: "customer",
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * The sentence refusing the deletion, or null when nothing live depends on
 * the record. Names how many items, jobs and repairs hold it and what to do.
 */
export function deletionRefusal(target: DeletionTarget, refs: LiveReferences): string | null {
  const parts: string[] = []
  if (refs.stock_items > 0) {
    parts.push(target === "customer" ? plural(refs.stock_items, "piece in the shop's custody", "pieces in the shop's custody") : plural(refs.stock_items, "stock item still held", "stock items still held"))
  }
  if (refs.jobs > 0) parts.push(plural(refs.jobs, "unfinished production job", "unfinished production jobs"))
  if ((refs.repairs ?? 0) > 0) parts.push(plural(refs.repairs!, "open repair", "open repairs"))
  if (!parts.length) return null
  const named = refs.examples?.length ? ` (${refs.examples.slice(0, 5).join(", ")}${refs.examples.length > 5 ? ", …" : ""})` : ""
  const remedy =
    target === "customer"
      ? "Hand the pieces back or finish the repairs first."
      : target === "stock_location"
        ? "Move or sell the stock and finish or cancel the jobs first."
        : "Sell, scrap or move the stock and finish or cancel the jobs first."
  return `This ${NOUN[target]} cannot be deleted while the workshop depends on it: ${parts.join(" and ")}${named}. ${remedy}`
}
