import { Badge, createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { JOB_KINDS, JOB_STATUSES, JOB_STATUS_COLORS, type JobKind, type JobListItem, type JobListQuery, type JobStatus } from "../../../../types/production-jobs"
import { useProductionJobs } from "../../../hooks/api/production-jobs"
import { useListState, usePagedDataTable } from "../../../hooks/use-list-state"
import { dash, dateOnly } from "../../../lib/format"
import { ListTable } from "../../list/list-table"

const column = createDataTableColumnHelper<JobListItem>()
const filter = createDataTableFilterHelper<JobListItem>()

/** Production, custom and repair jobs: filter by status, kind and rush, search by number or title, sort by due date or opening, paged on the server with the exact count. */
export function JobsTable() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const list = useListState({ sort: { id: "created_at", desc: true }, urlFilters: ["status", "kind", "rush"], urlSearch: "q" })
  const { query } = list
  const { data, isLoading } = useProductionJobs({
    status: query.filters.status as JobStatus | undefined,
    kind: query.filters.kind as JobKind | undefined,
    rush: query.filters.rush as JobListQuery["rush"],
    q: query.q,
    order: query.order as JobListQuery["order"],
    limit: query.limit,
    offset: query.offset,
  })
  const columns = useMemo(
    () => [
      column.accessor("display_number", {
        header: t("jewelry.job.list.job"),
        cell: ({ row }) => (
          <span className="font-mono" data-testid="job-row" data-number={row.original.display_number}>
            {row.original.display_number}
            {row.original.rush ? <Badge size="2xsmall" color="red" className="ml-1">{t("jewelry.job.rush")}</Badge> : null}
          </span>
        ),
      }),
      column.accessor("title", {
        header: t("jewelry.job.list.title"),
        cell: ({ row }) => (
          <span className="block max-w-[280px] truncate" title={row.original.title}>
            {row.original.quantity > 1 ? t("jewelry.job.list.titleTimes", { title: row.original.title, count: row.original.quantity }) : row.original.title}
          </span>
        ),
      }),
      column.accessor("kind", { header: t("jewelry.job.list.kind"), cell: ({ getValue }) => t(`jewelry.job.kinds.${getValue()}`) }),
      column.accessor("product", { header: t("jewelry.job.list.product"), cell: ({ row }) => row.original.product?.title ?? dash }),
      column.accessor("target_date", { header: t("jewelry.job.list.target"), enableSorting: true, sortLabel: t("jewelry.job.list.target"), cell: ({ getValue }) => dateOnly(getValue()) }),
      column.accessor("created_at", { header: t("jewelry.job.list.opened"), enableSorting: true, sortLabel: t("jewelry.job.list.opened"), cell: ({ getValue }) => dateOnly(getValue()) }),
      column.accessor("status", {
        header: t("jewelry.job.list.status"),
        cell: ({ getValue }) => <Badge size="2xsmall" color={JOB_STATUS_COLORS[getValue()]} data-testid="job-row-status">{t(`jewelry.job.statuses.${getValue()}`)}</Badge>,
      }),
    ],
    [t]
  )
  const filters = useMemo(
    () => [
      filter.accessor("status", { type: "radio", label: t("jewelry.job.list.status"), options: JOB_STATUSES.map((s) => ({ label: t(`jewelry.job.statuses.${s}`), value: s })) }),
      filter.accessor("kind", { type: "radio", label: t("jewelry.job.list.kind"), options: JOB_KINDS.map((k) => ({ label: t(`jewelry.job.kinds.${k}`), value: k })) }),
      filter.accessor("rush", {
        type: "radio",
        label: t("jewelry.job.list.priority"),
        options: [
          { label: t("jewelry.job.list.rushOnly"), value: "true" },
          { label: t("jewelry.job.list.notRush"), value: "false" },
        ],
      }),
    ],
    [t]
  )
  const table = usePagedDataTable(list, {
    rows: data?.production_jobs,
    count: data?.count,
    isLoading,
    columns,
    filters,
    rowId: (j) => j.id,
    onOpen: (j) => navigate(`/production-jobs/${j.id}`),
  })
  return (
    <ListTable
      instance={table}
      testId="jobs"
      countLabel={t("jewelry.job.list.count", { count: data?.count ?? 0 })}
      search={t("jewelry.job.list.search")}
      filters
      sorting
      empty={{ heading: t("jewelry.job.list.empty"), description: t("jewelry.job.list.emptyHint") }}
      noMatch={t("jewelry.job.list.noMatch")}
    />
  )
}
