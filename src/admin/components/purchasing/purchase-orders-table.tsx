import { Badge, createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { PO_STATUS_COLORS, PO_STATUSES, type PurchaseOrder, type PurchaseOrderListQuery } from "../../../types/purchasing"
import { usePurchaseOrders } from "../../hooks/api/purchase-orders"
import { useListState, usePagedDataTable } from "../../hooks/use-list-state"
import { dash, dateOnly, moneyIn } from "../../lib/format"
import { ListTable } from "../list/list-table"

const column = createDataTableColumnHelper<PurchaseOrder>()
const filter = createDataTableFilterHelper<PurchaseOrder>()

/** Purchase orders filtered by status, searched by number, supplier or notes, sorted, paged on the server with the exact count. */
export function PurchaseOrdersTable() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const list = useListState({ sort: { id: "number", desc: true }, urlFilters: ["status"], urlSearch: "q" })
  const { query } = list
  const { data, isLoading } = usePurchaseOrders({
    status: query.filters.status as PurchaseOrderListQuery["status"],
    q: query.q,
    order: query.order as PurchaseOrderListQuery["order"],
    limit: query.limit,
    offset: query.offset,
  })
  const statusLabel = (s: PurchaseOrder["status"]) => t(`jewelry.purchasing.status.${s}`)
  const columns = useMemo(
    () => [
      column.accessor("number", {
        header: t("jewelry.purchasing.list.number"),
        enableSorting: true,
        sortLabel: t("jewelry.purchasing.list.number"),
        cell: ({ row }) => (
          <span data-testid="po-row" data-number={row.original.display_number} className="text-ui-fg-interactive">
            {row.original.display_number}
          </span>
        ),
      }),
      column.accessor("supplier", { header: t("jewelry.purchasing.wizard.supplier"), cell: ({ getValue }) => getValue()?.name ?? dash }),
      column.accessor("status", {
        header: t("jewelry.purchasing.list.status"),
        cell: ({ getValue }) => (
          <Badge size="2xsmall" color={PO_STATUS_COLORS[getValue()]} data-testid="po-row-status" data-status={getValue()}>
            {statusLabel(getValue())}
          </Badge>
        ),
      }),
      column.accessor("lines", { header: t("jewelry.purchasing.list.lines"), cell: ({ getValue }) => getValue().length }),
      column.accessor("date_required", { header: t("jewelry.purchasing.list.required"), enableSorting: true, sortLabel: t("jewelry.purchasing.wizard.dateRequired"), cell: ({ getValue }) => dateOnly(getValue()) }),
      column.accessor("created_at", { header: t("jewelry.purchasing.list.created"), enableSorting: true, sortLabel: t("jewelry.purchasing.list.created"), cell: ({ getValue }) => dateOnly(getValue()) }),
      column.accessor("estimated_total", {
        header: t("jewelry.purchasing.list.estimated"),
        cell: ({ row }) => moneyIn(row.original.estimated_total, row.original.currency_code),
      }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t]
  )
  const filters = useMemo(
    () => [filter.accessor("status", { type: "radio", label: t("jewelry.purchasing.list.status"), options: PO_STATUSES.map((s) => ({ label: statusLabel(s), value: s })) })],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t]
  )
  const table = usePagedDataTable(list, {
    rows: data?.purchase_orders,
    count: data?.count,
    isLoading,
    columns,
    filters,
    rowId: (po) => po.id,
    onOpen: (po) => navigate(`/purchase-orders/${po.id}`),
  })
  return (
    <ListTable
      instance={table}
      testId="purchase-orders"
      countLabel={t("jewelry.purchasing.list.count", { count: data?.count ?? 0 })}
      search={t("jewelry.purchasing.list.search")}
      filters
      sorting
      empty={{ heading: t("jewelry.purchasing.list.empty"), description: t("jewelry.purchasing.list.emptyHint") }}
      noMatch={t("jewelry.purchasing.list.noMatch")}
    />
  )
}
