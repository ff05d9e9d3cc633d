import { useDataTable, type DataTableColumnDef, type DataTableFilter } from "@medusajs/ui"
import type { useListState } from "../../hooks/use-list-state"

type Options<T> = {
  rows: T[] | undefined
  count: number | undefined
  isLoading: boolean
  columns: DataTableColumnDef<T, any>[]
  filters?: DataTableFilter[]
  rowId: (row: T) => string
  /** What a click on a row opens. */
  onOpen: (row: T) => void
}

/** A DataTable over one server page: the list state's paging, filters, search and sort, the exact count as its row count. */
export function usePagedDataTable<T>(list: ReturnType<typeof useListState>, o: Options<T>) {
  return useDataTable<T>({
    ...list.table,
    data: o.rows ?? [],
    columns: o.columns,
    filters: o.filters,
    getRowId: o.rowId,
    rowCount: o.count ?? 0,
    isLoading: o.isLoading,
    onRowClick: (_e, row) => o.onOpen(((row as any).original ?? row) as T),
  })
}
