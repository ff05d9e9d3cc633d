import { Badge, createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { FULFILLMENT_STATUSES, FULFILLMENT_STATUS_LABELS, type FulfillmentStatus } from "../../../lib/order-status"
import type { JewelryOrderListItem, JewelryOrderListQuery } from "../../../types/jewelry-orders"
import { useJewelryOrders } from "../../hooks/api/jewelry-orders"
import { useListState, usePagedDataTable } from "../../hooks/use-list-state"
import { dash, dateOnly } from "../../lib/format"
import { ListTable } from "../list/list-table"
import { lineCountsText, statusColor } from "./types"

const column = createDataTableColumnHelper<JewelryOrderListItem>()
const filter = createDataTableFilterHelper<JewelryOrderListItem>()

/** Sales orders with the workshop's status: filter by it, search by number or email, sort by date, paged on the server with the exact count. */
export function SalesOrdersTable() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const list = useListState({ sort: { id: "created_at", desc: true }, urlFilters: ["fulfillment_status"], urlSearch: "q" })
  const { query } = list
  const { data, isLoading } = useJewelryOrders({
    fulfillment_status: query.filters.fulfillment_status as FulfillmentStatus | undefined,
    q: query.q,
    order: query.order as JewelryOrderListQuery["order"],
    limit: query.limit,
    offset: query.offset,
  })
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
        cell: ({ getValue }) => lineCountsText(getValue()) || dash,
      }),
    ],
    [t]
  )
  const filters = useMemo(
    () => [filter.accessor("fulfillment_status", { type: "radio", label: t("jewelry.orders.workshopStatus"), options: FULFILLMENT_STATUSES.map((s) => ({ label: FULFILLMENT_STATUS_LABELS[s], value: s })) })],
    [t]
  )
  const table = usePagedDataTable(list, {
    rows: data?.orders,
    count: data?.count,
    isLoading,
    columns,
    filters,
    rowId: (r) => r.order_id,
    onOpen: (r) => navigate(`/orders/${r.order_id}`),
  })
  return (
    <ListTable
      instance={table}
      testId="sales-orders"
      countLabel={t("jewelry.orders.count", { count: data?.count ?? 0 })}
      search={t("jewelry.orders.search")}
      filters
      sorting
      empty={{ heading: t("jewelry.orders.empty") }}
      noMatch={t("jewelry.orders.noMatch")}
    />
  )
}
