import { createDataTableColumnHelper, DataTable, useDataTable } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { REFINING_SOURCE_KIND_LABELS, type RefiningLot } from "../../../types/metal"
import { dash } from "../../lib/format"

type Source = NonNullable<RefiningLot["sources"]>[number]
const column = createDataTableColumnHelper<Source>()

/** What a refining lot collected: stage waste with its job, sweeps, scrap items; after receipt, what each gave back. */
export function RefiningSourcesTable({ lot }: { lot: RefiningLot }) {
  const { t } = useTranslation()
  const u = lot.unit
  const columns = useMemo(
    () => [
      column.accessor("kind", {
        header: t("jewelry.lots.sourceKind"),
        cell: ({ getValue }) => <span data-testid="source-row">{t(`jewelry.lots.kind.${getValue()}`, { defaultValue: REFINING_SOURCE_KIND_LABELS[getValue()] })}</span>,
      }),
      column.display({
        id: "what",
        header: t("jewelry.lots.sourceWhat"),
        cell: ({ row }) => {
          const s = row.original
          if (s.job_id) return <Link to={`/production-jobs/${s.job_id}`} className="text-ui-fg-interactive" data-testid="source-job">{s.job_number}</Link>
          if (s.stock_item_id) return <Link to={`/stock/${s.stock_item_id}`} className="text-ui-fg-interactive font-mono">{s.tag_id}</Link>
          return s.description ?? dash
        },
      }),
      column.accessor("gross_weight", { header: t("jewelry.gross"), cell: ({ getValue }) => `${getValue()} ${u}` }),
      column.accessor("est_fineness", { header: t("jewelry.lots.estFineness") }),
      column.accessor("est_fine_weight", { header: t("jewelry.lots.estFine"), cell: ({ getValue }) => `${getValue()} ${u}` }),
      column.accessor("recovered_fine_weight", { header: t("jewelry.lots.recoveredFine"), cell: ({ getValue }) => (getValue() === null ? dash : `${getValue()} ${u}`) }),
    ],
    [t, u]
  )
  const data = lot.sources ?? []
  const table = useDataTable({ data, columns, getRowId: (s) => s.id, rowCount: data.length })
  return (
    <DataTable instance={table}>
      <DataTable.Table emptyState={{ empty: { heading: t("jewelry.lots.noSources") } }} />
    </DataTable>
  )
}
