import { createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { REPAIR_STATUSES, type Repair, type RepairStatus } from "../../../types/repairs"
import { useRepairs } from "../../hooks/api/repairs"
import { useListState, usePagedDataTable } from "../../hooks/use-list-state"
import { dash, dateOnly, moneyIn } from "../../lib/format"
import { ListTable } from "../list/list-table"
import { RepairStatusBadge, repairStatusLabel } from "./repair-status"

const column = createDataTableColumnHelper<Repair>()
const filter = createDataTableFilterHelper<Repair>()

/** Repairs, newest first, filtered by status and paged on the server; a row opens the repair. */
export function RepairsTable() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  // The status is kept in the URL (?status=estimated), so a link or the back button reopens the same view.
  const list = useListState({ urlFilters: ["status"] })
  const { query } = list
  const status = REPAIR_STATUSES.includes(query.filters.status as RepairStatus) ? (query.filters.status as RepairStatus) : undefined
  const { data, isLoading } = useRepairs({ status, limit: query.limit, offset: query.offset })
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
        cell: ({ row }) => moneyIn(row.original.estimate_amount, row.original.currency_code),
      }),
    ],
    [t]
  )
  const filters = useMemo(
    () => [filter.accessor("status", { type: "radio", label: t("jewelry.repairs.statusLabel"), options: REPAIR_STATUSES.map((s) => ({ label: repairStatusLabel(t, s), value: s })) })],
    [t]
  )
  const table = usePagedDataTable(list, {
    rows: data?.repairs,
    count: data?.count,
    isLoading,
    columns,
    filters,
    rowId: (r) => r.id,
    onOpen: (r) => navigate(`/repairs/${r.id}`),
  })
  return (
    <ListTable
      instance={table}
      testId="repairs"
      countLabel={t("jewelry.repairs.count", { count: data?.count ?? 0 })}
      filters
      empty={{ heading: t("jewelry.repairs.empty"), description: t("jewelry.repairs.emptyHint") }}
      noMatch={t("jewelry.repairs.noMatch")}
    />
  )
}
