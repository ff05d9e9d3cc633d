import { useQueries } from "@tanstack/react-query"
import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { RepairListResponse, Repair } from "../../../types/repairs"
import { repairKeys } from "../../hooks/api/repairs"
import { sdkFetch } from "../../lib/sdk"
import { RepairStatusBadge } from "../repairs/repair-status"

/**
 * The repairs of the customers whose pieces a page of the stock list shows,
 * by piece: one request per customer on the page (the repairs list filters
 * by customer, not by piece).
 */
export function usePieceRepairs(rows: { id: string; ownership?: string; customer_id?: string | null }[]) {
  const customers = [...new Set(rows.filter((r) => r.ownership === "customer" && r.customer_id).map((r) => r.customer_id as string))]
  const results = useQueries({
    queries: customers.map((customer_id) => {
      const q = { customer_id, limit: 200 }
      return { queryKey: repairKeys.list(q), queryFn: () => sdkFetch<RepairListResponse>("/admin/repairs", { query: q }) }
    }),
  })
  const byItem = new Map<string, Repair>()
  for (const r of results) for (const repair of r.data?.repairs ?? []) if (repair.item) byItem.set(repair.item.id, repair)
  return byItem
}

/** A customer's piece in the list: whose it is and its repair (status, link). */
export function CustomerPieceCell({ repair }: { repair: Repair | undefined }) {
  if (!repair) return <Text size="small" className="text-ui-fg-subtle">—</Text>
  return (
    <div className="flex items-center gap-x-2" data-testid="stock-customer">
      <span>{repair.customer?.name ?? "—"}</span>
      <Link to={`/repairs/${repair.id}`} onClick={(e) => e.stopPropagation()} className="text-ui-fg-interactive hover:underline" data-testid="stock-repair-link">
        {repair.job?.display_number ?? repair.id}
      </Link>
      <RepairStatusBadge status={repair.status} />
    </div>
  )
}
