import { createDataTableColumnHelper, DataTable, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { METAL_LABELS } from "../../../lib/purity"
import type { RefiningLot } from "../../../types/metal"
import { useRefiningLots } from "../../hooks/api/metal"
import { dash, dateOnly, pct } from "../../lib/format"
import { LotStatus } from "./lot-status"

const column = createDataTableColumnHelper<RefiningLot>()

/** Refining lots, newest first, paged on the server; a row opens the lot. */
export function RefiningLotsTable() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 10 })
  const { data, isLoading } = useRefiningLots({ limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize })
  const columns = useMemo(
    () => [
      column.accessor("display_number", { header: t("jewelry.lots.number"), cell: ({ row }) => <span className="font-mono" data-testid="refining-lot-row" data-lot-id={row.original.id}>{row.original.display_number}</span> }),
      column.accessor("status", { header: t("jewelry.lots.statusLabel"), cell: ({ row }) => <LotStatus kind="refining" status={row.original.status} /> }),
      column.accessor("metal", { header: t("jewelry.metalLabel"), cell: ({ getValue }) => METAL_LABELS[getValue()] }),
      column.display({ id: "refiner", header: t("jewelry.lots.refiner"), cell: ({ row }) => row.original.supplier?.name ?? dash }),
      column.accessor("est_fine_weight", { header: t("jewelry.lots.estFine"), cell: ({ row }) => `${row.original.est_fine_weight} ${row.original.unit}` }),
      column.accessor("fine_received_weight", { header: t("jewelry.lots.fineReceived"), cell: ({ row }) => (row.original.fine_received_weight === null ? dash : `${row.original.fine_received_weight} ${row.original.unit}`) }),
      column.accessor("loss_pct", { header: t("jewelry.lots.refiningLoss"), cell: ({ getValue }) => pct(getValue(), 2) }),
      column.accessor("created_at", { header: t("jewelry.lots.created"), cell: ({ getValue }) => dateOnly(getValue()) }),
    ],
    [t]
  )
  const table = useDataTable({
    data: data?.refining_lots ?? [],
    columns,
    getRowId: (l) => l.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_e, row) => navigate(`/metal/lots/refining/${((row as any).original ?? row).id}`),
  })
  return (
    <DataTable instance={table}>
      <DataTable.Table emptyState={{ empty: { heading: t("jewelry.lots.noRefining"), description: t("jewelry.lots.noRefiningHint") } }} />
      <DataTable.Pagination />
    </DataTable>
  )
}
