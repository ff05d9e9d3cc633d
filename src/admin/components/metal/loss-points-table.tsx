import { Badge, createDataTableColumnHelper, DataTable, Text, useDataTable } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { LossPoint } from "../../../types/metal"
import { dateOnly, pct, pctExact } from "../../lib/format"

const column = createDataTableColumnHelper<LossPoint>()

/** The report's points, newest first, each linking to its job. */
export function LossPointsTable({ points, unit }: { points: LossPoint[]; unit: string }) {
  const { t } = useTranslation()
  const rows = useMemo(() => [...points].sort((a, b) => b.completed_at.localeCompare(a.completed_at)), [points])
  const columns = useMemo(
    () => [
      column.accessor("completed_at", { header: t("jewelry.loss.completed"), cell: ({ getValue }) => dateOnly(getValue()) }),
      column.accessor("job_number", {
        header: t("jewelry.entries.job"),
        cell: ({ row }) => (
          <Link to={`/production-jobs/${row.original.job_id}`} className="text-ui-fg-interactive" data-testid="loss-row-job">
            {row.original.job_number}
          </Link>
        ),
      }),
      column.accessor("stage_name", { header: t("jewelry.stage") }),
      column.accessor("issued", { header: t("jewelry.balances.issued"), cell: ({ getValue }) => `${getValue()} ${unit}` }),
      column.accessor("loss", { header: t("jewelry.balances.loss"), cell: ({ getValue }) => `${getValue()} ${unit}` }),
      column.accessor("loss_pct", {
        header: t("jewelry.loss.lossVsStandard"),
        cell: ({ row }) => {
          const p = row.original
          return (
            <div className="flex flex-col">
              <span className={p.past_standard ? "text-ui-fg-error font-medium" : undefined} data-testid="loss-row-pct">
                {pct(p.loss_pct, 2)} / {pctExact(p.standard_pct)}
                {p.past_standard && (
                  <Badge size="2xsmall" color="red" className="ml-1">
                    {t("jewelry.loss.past")}
                  </Badge>
                )}
              </span>
              {p.override_reason && <Text size="xsmall" className="text-ui-fg-subtle truncate">{p.override_reason}</Text>}
            </div>
          )
        },
      }),
      column.accessor("recovered", { header: t("jewelry.loss.recovered"), cell: ({ getValue }) => `${getValue()} ${unit}` }),
      column.accessor("loss_after_recovery_pct", { header: t("jewelry.loss.afterRecovery"), cell: ({ getValue }) => pct(getValue(), 2) }),
    ],
    [t, unit]
  )
  const table = useDataTable({ data: rows, columns, getRowId: (p) => p.job_stage_id, rowCount: rows.length })
  return (
    <DataTable instance={table}>
      <DataTable.Table emptyState={{ empty: { heading: t("jewelry.loss.noPoints") } }} />
    </DataTable>
  )
}
