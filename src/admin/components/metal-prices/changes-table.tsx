import { createDataTableColumnHelper, DataTable, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { METAL_LABELS } from "../../../lib/purity"
import type { PriceChange } from "../../../types/metal-prices"
import { usePriceChanges } from "../../hooks/api/metal-prices"
import { dateTime } from "../../lib/format"
import { amount, signedPct } from "../../lib/metal-prices"

const column = createDataTableColumnHelper<PriceChange>()

/** Every price a reprice changed, with the rate it came from. */
export function ChangesTable() {
  const { t } = useTranslation()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 10 })
  const { data, isLoading } = usePriceChanges({ limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize })
  const columns = useMemo(
    () => [
      column.accessor("applied_at", { header: t("jewelry.metalPrices.appliedAt"), cell: ({ getValue }) => dateTime(getValue()) }),
      column.display({ id: "variant", header: t("jewelry.metalPrices.variant"), cell: ({ row }) => <span data-testid="change-row">{`${row.original.product?.title ?? ""} · ${row.original.variant?.title ?? row.original.variant_id}`}</span> }),
      column.accessor("currency_code", { header: t("jewelry.metalPrices.currency"), cell: ({ getValue }) => getValue().toUpperCase() }),
      column.accessor("old_amount", { header: t("jewelry.metalPrices.before"), cell: ({ getValue }) => amount(getValue()) }),
      column.accessor("new_amount", { header: t("jewelry.metalPrices.after"), cell: ({ getValue }) => amount(getValue()) }),
      column.accessor("change_pct", { header: t("jewelry.metalPrices.change"), cell: ({ getValue }) => signedPct(getValue()) }),
      column.display({
        id: "rates",
        header: t("jewelry.metalPrices.ratesUsed"),
        cell: ({ row }) => (row.original.breakdown?.metals ?? []).map((m) => `${METAL_LABELS[m.metal]} ${m.per_gram}/g (${m.rate_date ?? ""})`).join(", "),
      }),
    ],
    [t]
  )
  const table = useDataTable({ data: data?.price_changes ?? [], columns, getRowId: (c) => c.id, rowCount: data?.count ?? 0, isLoading, pagination: { state: pagination, onPaginationChange: setPagination } })
  return (
    <DataTable instance={table}>
      <DataTable.Table emptyState={{ empty: { heading: t("jewelry.metalPrices.noChanges"), description: t("jewelry.metalPrices.noChangesHint") } }} />
      <DataTable.Pagination />
    </DataTable>
  )
}
