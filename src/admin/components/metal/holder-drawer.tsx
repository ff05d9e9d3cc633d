import { Badge, createDataTableColumnHelper, DataTable, Drawer, Text, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { MetalEntryRow } from "../../../types/metal"
import { useMetalEntries, type PeriodQuery } from "../../hooks/api/metal"
import { dash, dateTime } from "../../lib/format"
import type { HolderRow } from "./balances-table"
import { HolderBadge } from "./holder-badge"
import { MetalLines } from "./metal-lines"

const column = createDataTableColumnHelper<MetalEntryRow>()
const PAGE = 20
const TYPE_COLOR = { issue: "blue", return: "green", loss: "red" } as const

/** One holder's movements in the period, newest first, paged on the server. */
export function HolderDrawer({ holder, period, unit, onClose }: { holder: HolderRow | null; period: PeriodQuery; unit: string; onClose: () => void }) {
  const { t } = useTranslation()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE })
  const [shown, setShown] = useState<string | null>(null)
  const key = holder ? `${holder.type}:${holder.id}` : null
  if (key !== shown) {
    setShown(key)
    setPagination({ pageIndex: 0, pageSize: PAGE })
  }
  const query = { ...period, holder_type: holder?.type, holder_id: holder?.id, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }
  const { data, isLoading } = useMetalEntries(query, { enabled: !!holder })
  const columns = useMemo(
    () => [
      column.accessor("created_at", { header: t("jewelry.entries.when"), cell: ({ getValue }) => <span data-testid="entry-row">{dateTime(getValue())}</span> }),
      column.accessor("entry_type", {
        header: t("jewelry.entries.what"),
        cell: ({ row }) => (
          <Badge size="2xsmall" color={TYPE_COLOR[row.original.entry_type]} data-testid="entry-type">
            {t(`jewelry.entries.type.${row.original.entry_type}`)}
            {row.original.bucket ? ` · ${row.original.bucket}` : ""}
          </Badge>
        ),
      }),
      column.accessor("purity", { header: t("jewelry.purity") }),
      column.accessor("gross", { header: t("jewelry.gross"), cell: ({ getValue }) => `${getValue()} ${unit}` }),
      column.accessor("fine", { header: t("jewelry.fineColumn"), cell: ({ getValue }) => (getValue() === null ? dash : `${getValue()} ${unit}`) }),
      column.display({
        id: "job",
        header: t("jewelry.entries.job"),
        cell: ({ row }) =>
          row.original.job_id ? (
            <Link to={`/production-jobs/${row.original.job_id}`} className="text-ui-fg-interactive" onClick={(e) => e.stopPropagation()}>
              {row.original.job_number}
              {row.original.stage_name ? ` · ${row.original.stage_name}` : ""}
            </Link>
          ) : (
            row.original.note ?? dash
          ),
      }),
      column.accessor("tag_id", { header: t("jewelry.entries.tag"), cell: ({ getValue }) => getValue() ?? dash }),
    ],
    [t, unit]
  )
  const table = useDataTable({
    data: data?.entries ?? [],
    columns,
    getRowId: (e) => e.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  return (
    <Drawer open={!!holder} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content className="max-w-4xl" data-testid="holder-drawer">
        <Drawer.Header>
          <Drawer.Title className="flex items-center gap-x-2">
            {holder?.name} {holder && <HolderBadge type={holder.type} />}
          </Drawer.Title>
          <Drawer.Description>{t("jewelry.entries.description")}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto p-0">
          <div className="px-6 pt-4">
            <Text size="small" weight="plus">{t("jewelry.balances.holdsNow")}</Text>
            <MetalLines lines={(holder?.holds ?? []).map((b) => ({ key: `${b.metal}:${b.fineness}`, label: b.purity, value: `${b.gross} ${unit}${b.fine ? ` · ${t("jewelry.fine")} ${b.fine} ${unit}` : ""}` }))} />
          </div>
          <DataTable instance={table}>
            <DataTable.Table emptyState={{ empty: { heading: t("jewelry.entries.empty") } }} />
            <DataTable.Pagination />
          </DataTable>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
