import { useDataTable, type DataTableColumnDef, type DataTableFilter, type DataTableFilteringState, type DataTablePaginationState, type DataTableSortingState } from "@medusajs/ui"
import { useCallback, useEffect, useMemo, useState } from "react"
import { useSearchParams } from "react-router-dom"
import type { PageCursors } from "../../lib/page-cursor"

export type ListStateOptions = {
  /** Rows per page (server paging). */
  pageSize?: number
  /** The sort a list opens with, e.g. { id: "created_at", desc: true }. */
  sort?: DataTableSortingState | null
  /**
   * Filters kept in the URL (?status=…), so a link or the back button
   * reopens the same view. Other filters live in the component's state.
   */
  urlFilters?: readonly string[]
  /**
   * The URL parameter that keeps the search (?q=JWDIA), for a list whose
   * filters are in the URL: reopening the link, the back button or a reload
   * shows what was on screen, search included.
   */
  urlSearch?: string
}

/** What the list asks the server for: its filters, search, sort and page. */
export type ListQuery = {
  limit: number
  offset: number
  q?: string
  /** "created_at" or "-created_at", as the plugin's list routes take it. */
  order?: string
  filters: Record<string, string | string[] | undefined>
  /** The next page read from where this one ended (lists that give `cursors`); `offset` still says where it is. */
  after?: string
  /** The previous page read from where this one began. */
  before?: string
}

/** Where the page on screen is, and the cursor it was reached by (none: by offset). */
type PageState = { pagination: DataTablePaginationState; cursor?: { after: string } | { before: string } }

const single = (v: unknown): string | string[] | undefined => {
  if (v === null || v === undefined || v === "") return undefined
  if (Array.isArray(v)) return v.length ? v.map(String) : undefined
  return String(v)
}

/**
 * The state every server-paged DataTable keeps: pagination, filters, search
 * and sort, with a change of filter, search or sort going back to the first
 * page. `query` is what the domain's list hook sends; `table` is spread into
 * `useDataTable`.
 */
export function useListState(options: ListStateOptions = {}) {
  const { pageSize = 20, sort = null, urlFilters = [], urlSearch } = options
  const [params, setParams] = useSearchParams()
  const [{ pagination, cursor }, setPage] = useState<PageState>({ pagination: { pageIndex: 0, pageSize } })
  const [local, setLocal] = useState<DataTableFilteringState>(() => {
    const out: DataTableFilteringState = {}
    for (const key of urlFilters) {
      const v = params.get(key)
      if (v) out[key] = v
    }
    return out
  })
  const [search, setSearch] = useState(() => (urlSearch ? params.get(urlSearch) ?? "" : ""))
  const [sorting, setSorting] = useState<DataTableSortingState | null>(sort)
  const firstPage = useCallback(() => setPage((p) => ({ pagination: { ...p.pagination, pageIndex: 0 } })), [])
  /**
   * The table's page change. With the cursors of the page on screen (a list that gives them), the
   * next and previous page are read from its edges, however deep; page 1 and a jump by offset.
   */
  const goToPage = useCallback((next: DataTablePaginationState, cursors?: PageCursors | null) => {
    setPage((p) => {
      const step = next.pageSize === p.pagination.pageSize ? next.pageIndex - p.pagination.pageIndex : 0
      if (next.pageIndex > 0 && step === 1 && cursors?.after) return { pagination: next, cursor: { after: cursors.after } }
      if (next.pageIndex > 0 && step === -1 && cursors?.before) return { pagination: next, cursor: { before: cursors.before } }
      return { pagination: next }
    })
  }, [])

  const onFilteringChange = useCallback(
    (next: DataTableFilteringState) => {
      setLocal(next)
      firstPage()
    },
    [firstPage]
  )

  // The URL follows the state, written after the render from the latest of both. (Written from the
  // change handlers, a filter and a search changed within one render each started from the URL
  // before the other, and the second took the first one's parameter out again.)
  useEffect(() => {
    if (!urlFilters.length && !urlSearch) return
    const want = new URLSearchParams(params)
    for (const key of urlFilters) {
      const v = single(local[key])
      if (typeof v === "string") want.set(key, v)
      else want.delete(key)
    }
    if (urlSearch) {
      if (search.trim()) want.set(urlSearch, search)
      else want.delete(urlSearch)
    }
    if (want.toString() !== params.toString()) setParams(want, { replace: true })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [local, search])

  const query: ListQuery = useMemo(() => {
    const filters: ListQuery["filters"] = {}
    for (const [k, v] of Object.entries(local)) filters[k] = single(v)
    return {
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      q: search.trim() || undefined,
      order: sorting ? (sorting.desc ? "-" : "") + sorting.id : undefined,
      filters,
      ...cursor,
    }
  }, [local, pagination, cursor, search, sorting])

  return {
    query,
    /** Go back to page 1 (after a change made outside the table, e.g. a filter of its own). */
    firstPage,
    goToPage,
    table: {
      filtering: { state: local, onFilteringChange },
      search: {
        state: search,
        onSearchChange: (v: string) => {
          setSearch(v)
          firstPage()
        },
      },
      sorting: {
        state: sorting,
        onSortingChange: (v: DataTableSortingState | null) => {
          setSorting(v)
          firstPage()
        },
      },
      pagination: { state: pagination, onPaginationChange: (next: DataTablePaginationState) => goToPage(next) },
    },
  }
}

type PagedTableOptions<T> = {
  rows: T[] | undefined
  count: number | undefined
  isLoading: boolean
  columns: DataTableColumnDef<T, any>[]
  filters?: DataTableFilter[]
  rowId: (row: T) => string
  /** What a click on a row opens (none: rows are not links). */
  onOpen?: (row: T) => void
  /** A list whose filters depend on each other (a type belongs to a kind) passes its own. */
  filtering?: ReturnType<typeof useListState>["table"]["filtering"]
  /** The page's cursors, for a list that gives them: its next and previous page are read from them. */
  cursors?: PageCursors | null
}

/** A DataTable over one server page: the list state's paging, filters, search and sort, the exact count as its row count. */
export function usePagedDataTable<T>(list: ReturnType<typeof useListState>, o: PagedTableOptions<T>) {
  const onOpen = o.onOpen
  return useDataTable<T>({
    ...list.table,
    ...(o.filtering ? { filtering: o.filtering } : {}),
    pagination: { state: list.table.pagination.state, onPaginationChange: (next: DataTablePaginationState) => list.goToPage(next, o.cursors) },
    data: o.rows ?? [],
    columns: o.columns,
    filters: o.filters,
    getRowId: o.rowId,
    rowCount: o.count ?? 0,
    isLoading: o.isLoading,
    // DataTable hands the row model (its `original` is the record) to onRowClick.
    onRowClick: onOpen ? (_e, row) => onOpen(((row as any).original ?? row) as T) : undefined,
  })
}
