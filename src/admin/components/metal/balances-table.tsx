import { createDataTableColumnHelper, DataTable, Text, useDataTable } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import type { MetalBalancesResponse } from "../../../types/metal"
import { HolderBadge } from "./holder-badge"
import { isPast, MetalLines, metalName, pctOrDash } from "./metal-lines"

export type HolderRow = MetalBalancesResponse["holders"][number]
const column = createDataTableColumnHelper<HolderRow>()

/** Holders of metal: what each holds now per purity, and what went through their hands in the period. */
export function BalancesTable({ data, isLoading, onOpen }: { data?: MetalBalancesResponse; isLoading: boolean; onOpen: (h: HolderRow) => void }) {
  const { t } = useTranslation()
  const [search, setSearch] = useState("")
  const unit = data?.unit ?? "g"
  const other = t("jewelry.metal.other")
  const columns = useMemo(() => {
    const period = (h: HolderRow, f: "issued" | "returned" | "loss") =>
      Object.entries(h.period).map(([m, p]) => ({ key: m, label: metalName(m, other), value: `${p[f]} ${unit}`, alert: f === "loss" && isPast(p.loss_pct, p.allowed_loss_pct) }))
    return [
      column.accessor("name", {
        header: t("jewelry.balances.holder"),
        cell: ({ row }) => (
          <div className="flex items-center gap-x-2" data-testid="holder-row" data-holder-id={row.original.id} data-holder-name={row.original.name}>
            <span className="truncate">{row.original.name}</span>
            <HolderBadge type={row.original.type} />
          </div>
        ),
      }),
      column.display({
        id: "holds",
        header: t("jewelry.balances.holdsNow"),
        cell: ({ row }) => (
          <MetalLines
            testId="holder-holds"
            lines={row.original.holds.map((b) => ({ key: `${b.metal}:${b.fineness}`, label: b.purity, value: `${b.gross} ${unit}${b.fine ? ` · ${t("jewelry.fine")} ${b.fine} ${unit}` : ""}` }))}
          />
        ),
      }),
      column.display({ id: "issued", header: t("jewelry.balances.issued"), cell: ({ row }) => <MetalLines testId="holder-issued" lines={period(row.original, "issued")} /> }),
      column.display({ id: "returned", header: t("jewelry.balances.returned"), cell: ({ row }) => <MetalLines lines={period(row.original, "returned")} /> }),
      column.display({ id: "loss", header: t("jewelry.balances.loss"), cell: ({ row }) => <MetalLines testId="holder-loss" lines={period(row.original, "loss")} /> }),
      column.display({
        id: "loss_pct",
        header: t("jewelry.balances.lossPct"),
        cell: ({ row }) => (
          <MetalLines
            testId="holder-loss-pct"
            lines={Object.entries(row.original.period).map(([m, p]) => ({ key: m, label: metalName(m, other), value: pctOrDash(p.loss_pct), alert: isPast(p.loss_pct, p.allowed_loss_pct) }))}
          />
        ),
      }),
      column.display({
        id: "allowed",
        header: t("jewelry.balances.allowedPct"),
        cell: ({ row }) => (
          <MetalLines testId="holder-allowed-pct" lines={Object.entries(row.original.period).map(([m, p]) => ({ key: m, label: metalName(m, other), value: pctOrDash(p.allowed_loss_pct) }))} />
        ),
      }),
    ]
  }, [t, unit, other])
  const rows = useMemo(() => (data?.holders ?? []).filter((h) => !search.trim() || h.name.toLowerCase().includes(search.trim().toLowerCase())), [data, search])
  const table = useDataTable({
    data: rows,
    columns,
    getRowId: (h) => `${h.type}:${h.id}`,
    rowCount: rows.length,
    isLoading,
    search: { state: search, onSearchChange: setSearch },
    onRowClick: (_e, row) => onOpen(((row as any).original ?? row) as HolderRow),
  })
  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex items-center justify-between gap-2 px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {t("jewelry.balances.periodNote", { unit })}
        </Text>
        <DataTable.Search placeholder={t("jewelry.balances.search")} />
      </DataTable.Toolbar>
      <DataTable.Table emptyState={{ empty: { heading: t("jewelry.balances.empty"), description: t("jewelry.balances.emptyHint") }, filtered: { heading: t("jewelry.balances.noMatch") } }} />
    </DataTable>
  )
}
