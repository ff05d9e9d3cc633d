import BigNumber from "bignumber.js"
import { closeOutKind, type CloseOutKind } from "../../../lib/job-kinds"
import type { Repair } from "../../../types/repairs"
import type { JobView } from "../../hooks/api/production-jobs"
import { useRepairs } from "../../hooks/api/repairs"
import { useStockItem } from "../../hooks/api/stock-items"

/**
 * What a job works on and ends in: for a repair, the piece it repairs
 * (a customer's or the shop's stock) and, for a customer's piece, its
 * repair; the close-out kind by the shared rule (src/lib/job-kinds).
 */
export function useJobOutcome(view: JobView) {
  const { job } = view
  const itemQuery = useStockItem(job.kind === "repair" ? job.repair_item_id : null)
  const item = itemQuery.data?.stock_item ?? null
  const customerPiece = item?.ownership === "customer"
  // The repairs list has no job filter: the customer's repairs hold this job's.
  const repairs = useRepairs({ customer_id: job.customer_id ?? undefined, limit: 200 }, customerPiece && !!job.customer_id)
  const repair: Repair | null = repairs.data?.repairs.find((r) => r.job?.id === job.id) ?? null
  const kind: CloseOutKind = closeOutKind(job as any, item)
  // A stock repair raises the piece's cost basis by the job's cost, less the piece's own cost issued into the job.
  const ownCost = view.materials
    .filter((m) => m.stock_item_id === job.repair_item_id && !m.removed_at)
    .reduce((n, m) => n.plus(m.cost ?? 0), new BigNumber(0))
  const added = new BigNumber(view.cost.total).minus(ownCost)
  return { kind, item, repair, loading: itemQuery.isLoading, costAdded: added.toFixed(2), costAfter: new BigNumber(item?.cost_basis ?? 0).plus(added).toFixed(2) }
}
