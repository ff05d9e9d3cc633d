import { createDataTableColumnHelper, DataTable, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import type { MeltLot } from "../../../types/metal"
import { useMeltLots } from "../../hooks/api/metal"
import { dash, dateOnly, pct } from "../../lib/format"
import { LotStatus } from "./lot-status"

const column = createDataTableColumnHelper<MeltLot>()
const w = (v: string | null, unit: string) => (v === null ? dash : `${v} ${unit}`)

/** Melt lots, newest first, paged on the server; a row opens the lot. */
export function MeltLotsTable() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 10 })
  const { data, isLoading } = useMeltLots({ limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize })
  const columns = useMemo(
    () => [
      column.accessor("display_number", { header: t("jewelry.lots.number"), cell: ({ row }) => <span className="font-mono" data-testid="melt-lot-row" data-lot-id={row.original.id}>{row.original.display_number}</span> }),
      column.accessor("status", { header: t("jewelry.lots.statusLabel"), cell: ({ row }) => <LotStatus kind="melt" status={row.original.status} /> }),
      column.accessor("purity", { header: t("jewelry.lots.targetPurity") }),
      column.accessor("fine_in_weight", { header: t("jewelry.lots.fineIn"), cell: ({ row }) => w(row.original.fine_in_weight, row.original.unit) }),
      column.accessor("fine_out_weight", { header: t("jewelry.lots.fineOut"), cell: ({ row }) => w(row.original.fine_out_weight, row.original.unit) }),
      column.accessor("gross_out_weight", { header: t("jewelry.lots.grossOut"), cell: ({ row }) => w(row.original.gross_out_weight, row.original.unit) }),
      column.accessor("loss_pct", { header: t("jewelry.lots.meltLoss"), cell: ({ getValue }) => pct(getValue(), 2) }),
      column.accessor("created_at", { header: t("jewelry.lots.created"), cell: ({ getValue }) => dateOnly(getValue()) }),
    ],
    [t]
  )
  const table = useDataTable({
    data: data?.melt_lots ?? [],
    columns,
    getRowId: (l) => l.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_e, row) => navigate(`/metal/lots/melt/${((row as any).original ?? row).id}`),
  })
  return (
    <DataTable instance={table}>
      <DataTable.Table emptyState={{ empty: { heading: t("jewelry.lots.noMelts"), description: t("jewelry.lots.noMeltsHint") } }} />
      <DataTable.Pagination />
    </DataTable>
  )
}
