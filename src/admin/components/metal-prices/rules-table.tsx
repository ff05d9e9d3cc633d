import { Badge, createDataTableColumnHelper, DataTable, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { ROUNDING_LABELS } from "../../../lib/metal-prices"
import type { PriceRule } from "../../../types/metal-prices"
import { usePriceRules } from "../../hooks/api/metal-prices"

const column = createDataTableColumnHelper<PriceRule>()

/** The price rules: what each prices, where its metal comes from, making, markup, rounding and the daily reprice; a row opens it. */
export function RulesTable({ onOpen }: { onOpen: (r: PriceRule) => void }) {
  const { t } = useTranslation()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 10 })
  const { data, isLoading } = usePriceRules({ limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize })
  const columns = useMemo(
    () => [
      column.accessor("name", { header: t("jewelry.metalPrices.ruleName"), cell: ({ row }) => <span data-testid="rule-row" data-rule-id={row.original.id}>{row.original.name}</span> }),
      column.display({ id: "target", header: t("jewelry.metalPrices.prices"), cell: ({ row }) => row.original.product?.title ?? (row.original.style ? `${row.original.style.code} · ${row.original.style.name}` : "—") }),
      column.accessor("metal_source", { header: t("jewelry.metalPrices.metalSource"), cell: ({ getValue }) => t(`jewelry.metalPrices.source_${getValue()}`) }),
      column.display({
        id: "making",
        header: t("jewelry.metalPrices.making"),
        cell: ({ row }) => Object.entries(row.original.making_charges).map(([c, v]) => `${c.toUpperCase()} ${v}`).join(", ") + ` ${t(`jewelry.metalPrices.making_${row.original.making_per}`)}`,
      }),
      column.accessor("markup_pct", { header: t("jewelry.metalPrices.markup"), cell: ({ getValue }) => `${getValue()}%` }),
      column.accessor("rounding", { header: t("jewelry.metalPrices.rounding"), cell: ({ getValue }) => ROUNDING_LABELS[getValue()] }),
      column.display({
        id: "state",
        header: "",
        cell: ({ row }) => (
          <div className="flex gap-x-1">
            {!row.original.is_active && <Badge size="2xsmall">{t("jewelry.metalPrices.inactive")}</Badge>}
            {row.original.auto_reprice && <Badge size="2xsmall" color="blue">{t("jewelry.metalPrices.autoBadge", { pct: row.original.auto_threshold_pct })}</Badge>}
          </div>
        ),
      }),
    ],
    [t]
  )
  const table = useDataTable({
    data: data?.price_rules ?? [],
    columns,
    getRowId: (r) => r.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_e, row) => onOpen(((row as any).original ?? row) as PriceRule),
  })
  return (
    <DataTable instance={table}>
      <DataTable.Table emptyState={{ empty: { heading: t("jewelry.metalPrices.noRules"), description: t("jewelry.metalPrices.noRulesHint") } }} />
      <DataTable.Pagination />
    </DataTable>
  )
}
