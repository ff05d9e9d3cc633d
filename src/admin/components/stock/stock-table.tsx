import type { DataTableFilteringState } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useStockItemList, type StockItemQuery } from "../../hooks/api/stock-items"
import { useListState, usePagedDataTable } from "../../hooks/use-list-state"
import { ListTable } from "../list/list-table"
import { useStockColumns } from "./stock-columns"
import { StockExportButton } from "./stock-export-button"
import { STOCK_URL_FILTERS, stockQueryFilters, useStockFilters, type StockFilterKey, type StockFilters } from "./stock-filters"

export type { StockFilters }

/**
 * The stock list on Medusa's DataTable: filters, search by tag, sort, paging
 * on the server with the exact count, and the CSV export of exactly the
 * filtered set. `fixed` filters (the product page's product and kind) are
 * applied and not offered; `inUrl` keeps the filters and the search in the
 * page's URL (the stock page).
 */
export function StockTable({
  fixed = {},
  pageSize = 20,
  hide = [],
  inUrl = false,
  onOpen,
  actions,
  testId = "stock-table",
}: {
  fixed?: StockFilters
  pageSize?: number
  hide?: StockFilterKey[]
  inUrl?: boolean
  onOpen?: (id: string) => void
  /** Buttons beside the export (Print tags, Import, Record). */
  actions?: ReactNode
  testId?: string
}) {
  const { t } = useTranslation()
  const list = useListState({ pageSize, urlFilters: inUrl ? STOCK_URL_FILTERS : [], urlSearch: inUrl ? "q" : undefined })
  const filters = stockQueryFilters(list.query.filters, fixed)
  const query: StockItemQuery = { ...filters, q: list.query.q, order: list.query.order, limit: list.query.limit, offset: list.query.offset }
  // Next and previous page from the page on screen's edges (GET /admin/stock-items `cursors`): page 500 costs what page 2 does.
  const { data, isLoading, isPlaceholderData } = useStockItemList({ ...query, after: list.query.after, before: list.query.before })
  const rows = data?.stock_items ?? []
  const columns = useStockColumns({ rows, showProduct: !("product_id" in fixed), customers: filters.ownership === "customer" })
  const state = list.table.filtering.state
  const dataFilters = useStockFilters({ fixed, hide, state })
  // A type belongs to a kind: choosing another kind drops the type chosen.
  const onFilteringChange = (next: DataTableFilteringState) => {
    const { inventory_type_id: _type, ...rest } = next
    list.table.filtering.onFilteringChange(next.inventory_kind !== state.inventory_kind && next.inventory_type_id ? rest : next)
  }
  const table = usePagedDataTable(list, {
    filtering: { state, onFilteringChange },
    rows,
    count: data?.count,
    isLoading,
    columns,
    filters: dataFilters,
    rowId: (r) => r.id,
    onOpen: onOpen ? (r) => onOpen(r.id) : undefined,
    // Only the cursors of the page on screen (not the last page's, shown while the next loads).
    cursors: isPlaceholderData ? null : data?.cursors,
  })
  return (
    <div data-testid={testId}>
      <ListTable
        instance={table}
        testId={testId}
        countLabel={t("jewelry.stock.count", { count: data?.count ?? 0 })}
        search={t("jewelry.stock.searchTag")}
        filters
        sorting
        empty={{ heading: t("jewelry.stock.empty"), description: t("jewelry.stock.emptyHint") }}
        noMatch={t("jewelry.stock.noMatch")}
        actions={
          <>
            <StockExportButton query={query} />
            {actions}
          </>
        }
      />
    </div>
  )
}
