import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  useDataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router-dom"
import { REPAIR_STATUSES, type Repair, type RepairStatus } from "../../../types/repairs"
import { useRepairs } from "../../hooks/api/repairs"
import { dash, dateOnly, money } from "../../lib/format"
import { RepairStatusBadge, repairStatusLabel } from "./repair-status"

const column = createDataTableColumnHelper<Repair>()
const filter = createDataTableFilterHelper<Repair>()

/** Repairs, newest first, filtered by status and paged on the server; a row opens the repair. */
export function RepairsTable() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const status = REPAIR_STATUSES.includes(params.get("status") as RepairStatus) ? (params.get("status") as RepairStatus) : undefined
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 20 })
  const { data, isLoading } = useRepairs({ status, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize })
  // The chip shows while a status is being picked (value still empty); the URL keeps the chosen one.
  const [filtering, setFiltering] = useState<DataTableFilteringState>(status ? { status } : {})
  const onFilteringChange = (next: DataTableFilteringState) => {
    const value = next.status as string | null | undefined
    setFiltering(next)
    setPagination((p) => ({ ...p, pageIndex: 0 }))
    setParams((p) => {
      const out = new URLSearchParams(p)
      if (value) out.set("status", value)
      else out.delete("status")
      return out
    })
  }
  const columns = useMemo(
    () => [
      column.display({ id: "customer", header: t("jewelry.repairs.customer"), cell: ({ row }) => <span data-testid="repair-row" data-repair-id={row.original.id}>{row.original.customer?.name ?? dash}</span> }),
      column.display({ id: "tag", header: t("jewelry.repairs.piece"), cell: ({ row }) => <span className="font-mono">{row.original.item?.tag_id ?? dash}</span> }),
      column.accessor("description", { header: t("jewelry.repairs.description"), cell: ({ getValue }) => <span className="block max-w-[280px] truncate">{getValue()}</span> }),
      column.accessor("status", { header: t("jewelry.repairs.statusLabel"), cell: ({ getValue }) => <RepairStatusBadge status={getValue()} /> }),
      column.accessor("promised_date", { header: t("jewelry.repairs.promised"), cell: ({ getValue }) => dateOnly(getValue()) }),
      column.display({ id: "stage", header: t("jewelry.repairs.currentStage"), cell: ({ row }) => row.original.job?.current_stage ?? dash }),
      column.accessor("estimate_amount", {
        header: t("jewelry.repairs.estimate"),
        cell: ({ row }) => (row.original.estimate_amount === null ? dash : `${money(row.original.estimate_amount)} ${(row.original.currency_code ?? "").toUpperCase()}`),
      }),
    ],
    [t]
  )
  const filters = useMemo(
    () => [filter.accessor("status", { type: "radio", label: t("jewelry.repairs.statusLabel"), options: REPAIR_STATUSES.map((s) => ({ label: repairStatusLabel(t, s), value: s })) })],
    [t]
  )
  const table = useDataTable({
    data: data?.repairs ?? [],
    columns,
    filters,
    getRowId: (r) => r.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filtering: { state: filtering, onFilteringChange },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_e, row) => navigate(`/repairs/${((row as any).original ?? row).id}`),
  })
  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex justify-between gap-2" translations={{ clearAll: t("jewelry.repairs.clearFilters") }}>
        <span className="txt-small text-ui-fg-subtle">{t("jewelry.repairs.count", { count: data?.count ?? 0 })}</span>
        <div data-testid="repairs-filter-menu">
          <DataTable.FilterMenu tooltip={t("jewelry.repairs.filterTooltip")} />
        </div>
      </DataTable.Toolbar>
      <DataTable.Table emptyState={{ empty: { heading: t("jewelry.repairs.empty"), description: t("jewelry.repairs.emptyHint") }, filtered: { heading: t("jewelry.repairs.noMatch") } }} />
      <DataTable.Pagination />
    </DataTable>
  )
}
