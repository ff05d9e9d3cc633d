import { createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { WORKSHOP_JOB_KINDS, WORKSHOP_QUEUE_DEFAULT_LIMIT, type WorkshopQueueItem } from "../../../types/workshop-monitor"
import { useWorkshopQueue, type WorkshopQueueQuery } from "../../hooks/api/workshop-monitor"
import { useListState, usePagedDataTable } from "../../hooks/use-list-state"
import { dateOnly } from "../../lib/format"
import { ListTable } from "../list/list-table"
import { Counts, Flags, KindBadge, REFRESH_SECONDS, stageText, whatText, whoText } from "./queue-parts"

const column = createDataTableColumnHelper<WorkshopQueueItem>()
const filter = createDataTableFilterHelper<WorkshopQueueItem>()

/** The queue as a paged table, filtered by kind, refreshed every few seconds; a row opens its job. */
export function MonitorTable() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const list = useListState({ pageSize: WORKSHOP_QUEUE_DEFAULT_LIMIT })
  const { query } = list
  const kind = query.filters.kind as WorkshopQueueQuery["kind"]
  const { data, isLoading } = useWorkshopQueue({ kind, limit: query.limit, offset: query.offset }, REFRESH_SECONDS * 1000)
  const columns = useMemo(
    () => [
      column.accessor("display_number", {
        header: t("jewelry.monitor.job"),
        cell: ({ row }) => <span className="font-mono" data-testid="monitor-row" data-number={row.original.display_number}>{row.original.display_number}</span>,
      }),
      column.accessor("kind", { header: t("jewelry.monitor.kind"), cell: ({ getValue }) => <KindBadge kind={getValue()} /> }),
      column.accessor("title", { header: t("jewelry.monitor.what"), cell: ({ row }) => whatText(row.original) }),
      column.display({ id: "stage", header: t("jewelry.monitor.currentStage"), cell: ({ row }) => stageText(row.original) }),
      column.display({ id: "assignee", header: t("jewelry.monitor.assignee"), cell: ({ row }) => whoText(row.original) }),
      column.accessor("due_date", { header: t("jewelry.monitor.due"), cell: ({ getValue }) => dateOnly(getValue()) }),
      column.accessor("days_in_stage", { header: t("jewelry.monitor.daysInStage") }),
      column.display({ id: "flags", header: t("jewelry.monitor.flags"), cell: ({ row }) => <Flags row={row.original} /> }),
    ],
    [t]
  )
  const filters = useMemo(
    () => [filter.accessor("kind", { type: "radio", label: t("jewelry.monitor.kind"), options: WORKSHOP_JOB_KINDS.map((k) => ({ label: t(`jewelry.monitor.kinds.${k}`), value: k })) })],
    [t]
  )
  const table = usePagedDataTable(list, {
    rows: data?.queue,
    count: data?.count,
    isLoading,
    columns,
    filters,
    rowId: (r) => r.id,
    onOpen: (r) => navigate(`/production-jobs/${r.id}`),
  })
  return (
    <>
      {data && <div className="px-6 py-3"><Counts counts={data.counts} /></div>}
      <ListTable instance={table} testId="monitor" countLabel={t("jewelry.monitor.shown", { count: data?.count ?? 0 })} filters empty={{ heading: t("jewelry.monitor.empty") }} noMatch={t("jewelry.monitor.empty")} />
    </>
  )
}
