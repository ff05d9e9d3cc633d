import { DataTable, type useDataTable } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

type Props = {
  instance: ReturnType<typeof useDataTable<any>>
  /** "12 orders": the exact count the server gave. */
  countLabel?: ReactNode
  /** data-testid prefix: `<id>-count`, `<id>-filter-menu`. */
  testId?: string
  search?: string | false
  filters?: boolean
  sorting?: boolean
  empty: { heading: string; description?: string }
  noMatch?: string
  /** Buttons beside the search (Export, Print tags…). */
  actions?: ReactNode
}

/**
 * A server-paged list as Medusa's own lists look: the count, search, filter
 * and sort menus in the toolbar, the table, the pager. Every plugin list uses
 * it with `useListState` so they behave alike.
 */
export function ListTable({ instance, countLabel, testId, search, filters = false, sorting = false, empty, noMatch, actions }: Props) {
  const { t } = useTranslation()
  return (
    <DataTable instance={instance}>
      <DataTable.Toolbar className="flex flex-wrap justify-between gap-2" translations={{ clearAll: t("jewelry.list.clearFilters") }}>
        <span className="txt-small text-ui-fg-subtle" data-testid={testId ? `${testId}-count` : undefined}>
          {countLabel}
        </span>
        <div className="flex flex-wrap items-center gap-2">
          {search ? <DataTable.Search placeholder={search} /> : null}
          {filters ? (
            <div data-testid={testId ? `${testId}-filter-menu` : undefined}>
              <DataTable.FilterMenu tooltip={t("jewelry.list.filter")} />
            </div>
          ) : null}
          {sorting ? <DataTable.SortingMenu tooltip={t("jewelry.list.sort")} /> : null}
          {actions}
        </div>
      </DataTable.Toolbar>
      <DataTable.Table emptyState={{ empty, filtered: { heading: noMatch ?? t("jewelry.list.noMatch") } }} />
      <DataTable.Pagination />
    </DataTable>
  )
}
