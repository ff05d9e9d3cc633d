import { createDataTableColumnHelper, DataTable, useDataTable } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { MeltLot } from "../../../types/metal"
import { dash } from "../../lib/format"

type Input = NonNullable<MeltLot["inputs"]>[number]
const column = createDataTableColumnHelper<Input>()

/** The items that went into a melt, gross and fine. */
export function MeltInputsTable({ lot }: { lot: MeltLot }) {
  const { t } = useTranslation()
  const u = lot.unit
  const columns = useMemo(
    () => [
      column.accessor("tag_id", { header: t("jewelry.entries.tag"), cell: ({ row }) => <Link to={`/stock/${row.original.stock_item_id}`} className="text-ui-fg-interactive font-mono" data-testid="melt-input-row">{row.original.tag_id}</Link> }),
      column.accessor("purity", { header: t("jewelry.purity") }),
      column.accessor("gross_weight", { header: t("jewelry.gross"), cell: ({ getValue }) => `${getValue()} ${u}` }),
      column.accessor("fine_weight", { header: t("jewelry.fineColumn"), cell: ({ getValue }) => (getValue() === null ? dash : `${getValue()} ${u}`) }),
    ],
    [t, u]
  )
  const data = lot.inputs ?? []
  const table = useDataTable({ data, columns, getRowId: (i) => i.id, rowCount: data.length })
  return (
    <DataTable instance={table}>
      <DataTable.Table emptyState={{ empty: { heading: t("jewelry.lots.noInputs") } }} />
    </DataTable>
  )
}
