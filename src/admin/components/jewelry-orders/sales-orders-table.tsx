import {
  Badge,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  useDataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  type DataTableSortingState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { FULFILLMENT_STATUSES, FULFILLMENT_STATUS_LABELS, LINE_STATUS_LABELS, type FulfillmentStatus, type LineStatus } from "../../../lib/order-status"
import type { JewelryOrderListItem, JewelryOrderListQuery } from "../../../types/jewelry-orders"
import { useJewelryOrders } from "../../hooks/api/jewelry-orders"
import { dash, dateOnly } from "../../lib/format"
import { statusColor } from "./types"

const column = createDataTableColumnHelper<JewelryOrderListItem>()
const filter = createDataTableFilterHelper<JewelryOrderListItem>()

/** Sales orders with the workshop's status: filter by it, search by number or email, sort by date, paged on the server with the exact count. */
export function SalesOrdersTable() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 20 })
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [search, setSearch] = useState("")
  const [sorting, setSorting] = useState<DataTableSortingState | null>({ id: "created_at", desc: true })
  const status = filtering.fulfillment_status as FulfillmentStatus | undefined
  const query: JewelryOrderListQuery = {
    fulfillment_status: status || undefined,
    q: search.trim() || undefined,
    order: sorting ? ((sorting.desc ? "-" : "") + sorting.id) as JewelryOrderListQuery["order"] : undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
  const { data, isLoading } = useJewelryOrders(query)
  const firstPage = <T,>(set: (v: T) => void) => (v: T) => {
    set(v)
    setPagination((p) => ({ ...p, pageIndex: 0 }))
  }
  const columns = useMemo(
    () => [
      column.accessor("display_id", { header: t("jewelry.orders.order"), cell: ({ getValue }) => <span data-testid="sales-order-row">{getValue() ? `#${getValue()}` : dash}</span> }),
      column.accessor("email", { header: t("jewelry.orders.customer"), cell: ({ getValue }) => getValue() ?? dash }),
      column.accessor("created_at", { header: t("jewelry.orders.placed"), enableSorting: true, sortLabel: t("jewelry.orders.placed"), cell: ({ getValue }) => dateOnly(getValue()) }),
      column.accessor("fulfillment_status", {
        header: t("jewelry.orders.workshopStatus"),
        cell: ({ row }) => <Badge size="2xsmall" color={statusColor(row.original.fulfillment_status)}>{row.original.fulfillment_status_label}</Badge>,
      }),
      column.accessor("line_counts", {
        header: t("jewelry.orders.lines"),
        cell: ({ getValue }) =>
          Object.entries(getValue() ?? {})
            .map(([s, n]) => `${LINE_STATUS_LABELS[s as LineStatus] ?? s} · ${n}`)
            .join(", ") || dash,
      }),
    ],
    [t]
  )
  const filters = useMemo(
    () => [filter.accessor("fulfillment_status", { type: "radio", label: t("jewelry.orders.workshopStatus"), options: FULFILLMENT_STATUSES.map((s) => ({ label: FULFILLMENT_STATUS_LABELS[s], value: s })) })],
    [t]
  )
  const table = useDataTable({
    data: data?.orders ?? [],
    columns,
    filters,
    getRowId: (r) => r.order_id,
    rowCount: data?.count ?? 0,
    isLoading,
    filtering: { state: filtering, onFilteringChange: firstPage(setFiltering) },
    search: { state: search, onSearchChange: firstPage(setSearch) },
    sorting: { state: sorting, onSortingChange: firstPage(setSorting) },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_e, row) => navigate(`/orders/${((row as any).original ?? row).order_id}`),
  })
  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex justify-between gap-2" translations={{ clearAll: t("jewelry.orders.clearFilters") }}>
        <span className="txt-small text-ui-fg-subtle" data-testid="sales-orders-count">{t("jewelry.orders.count", { count: data?.count ?? 0 })}</span>
        <div className="flex gap-2">
          <DataTable.Search placeholder={t("jewelry.orders.search")} />
          <div data-testid="sales-orders-filter-menu">
            <DataTable.FilterMenu tooltip={t("jewelry.orders.filter")} />
          </div>
          <DataTable.SortingMenu tooltip={t("jewelry.orders.sort")} />
        </div>
      </DataTable.Toolbar>
      <DataTable.Table emptyState={{ empty: { heading: t("jewelry.orders.empty") }, filtered: { heading: t("jewelry.orders.noMatch") } }} />
      <DataTable.Pagination />
    </DataTable>
  )
}
