import { createDataTableColumnHelper, DataTable, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { METAL_LABELS } from "../../../lib/purity"
import type { MetalRate } from "../../../types/metal-prices"
import { useRateHistory } from "../../hooks/api/metal-prices"
import { dateTime } from "../../lib/format"
import { rateIn } from "../../lib/metal-prices"

const column = createDataTableColumnHelper<MetalRate>()

/** Every rate entered or fetched in a currency, newest day first. */
export function RateHistoryTable({ currency, unit }: { currency: string; unit: "g" | "ozt" }) {
  const { t } = useTranslation()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 10 })
  const { data, isLoading } = useRateHistory({ currency_code: currency || undefined, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize })
  const columns = useMemo(
    () => [
      column.accessor("rate_date", { header: t("jewelry.metalPrices.day"), cell: ({ row }) => <span data-testid="rate-row" data-metal={row.original.metal}>{row.original.rate_date}</span> }),
      column.accessor("metal", { header: t("jewelry.metalLabel"), cell: ({ getValue }) => METAL_LABELS[getValue()] }),
      column.display({ id: "rate", header: `${currency.toUpperCase()} ${t(`jewelry.metalPrices.unit_${unit}`)}`, cell: ({ row }) => rateIn(row.original, unit) }),
      column.display({ id: "entered", header: t("jewelry.metalPrices.asEntered"), cell: ({ row }) => `${row.original.rate} ${t(`jewelry.metalPrices.unit_${row.original.rate_unit}`)}` }),
      column.accessor("source", { header: t("jewelry.metalPrices.source"), cell: ({ getValue }) => t(`jewelry.metalPrices.source_${getValue()}`) }),
      column.accessor("created_at", { header: t("jewelry.metalPrices.recordedAt"), cell: ({ getValue }) => dateTime(getValue()) }),
    ],
    [t, unit, currency]
  )
  const table = useDataTable({ data: data?.rates ?? [], columns, getRowId: (r) => r.id, rowCount: data?.count ?? 0, isLoading, pagination: { state: pagination, onPaginationChange: setPagination } })
  return (
    <DataTable instance={table}>
      <DataTable.Table emptyState={{ empty: { heading: t("jewelry.metalPrices.noRates"), description: t("jewelry.metalPrices.noRatesHint") } }} />
      <DataTable.Pagination />
    </DataTable>
  )
}
