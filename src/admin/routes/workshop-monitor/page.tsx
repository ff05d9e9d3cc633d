import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ComputerDesktop } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  Heading,
  Table,
  Text,
  useDataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router-dom"
import { WORKSHOP_JOB_KINDS, type WorkshopQueueCounts, type WorkshopQueueItem } from "../../../types/workshop-monitor"
import { useWorkshopQueue, type WorkshopQueueQuery } from "../../hooks/api/workshop-monitor"
import { dash, dateOnly } from "../../lib/format"
import { WorkshopScan } from "../../components/tags/workshop-scan"

const REFRESH_SECONDS = 15
const PAGE_SIZE = 50
/** The kiosk shows fewer, larger rows and turns the page by itself at every refresh. */
const KIOSK_PAGE_SIZE = 12

const KIND_COLOR: Record<string, "blue" | "purple" | "orange"> = { production: "blue", custom: "purple", repair: "orange" }

type Kind = WorkshopQueueQuery["kind"]
const column = createDataTableColumnHelper<WorkshopQueueItem>()
const filter = createDataTableFilterHelper<WorkshopQueueItem>()

function Counts({ counts }: { counts: WorkshopQueueCounts }) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-wrap gap-2" data-testid="monitor-counts">
      <Badge data-testid="count-total">{t("jewelry.monitor.countActive", { count: counts.total })}</Badge>
      <Badge color="blue">{t("jewelry.monitor.countKind", { count: counts.production, kind: t("jewelry.monitor.kinds.production") })}</Badge>
      <Badge color="purple">{t("jewelry.monitor.countKind", { count: counts.custom, kind: t("jewelry.monitor.kinds.custom") })}</Badge>
      <Badge color="orange">{t("jewelry.monitor.countKind", { count: counts.repair, kind: t("jewelry.monitor.kinds.repair") })}</Badge>
      <Badge color="red">{t("jewelry.monitor.countOverdue", { count: counts.overdue })}</Badge>
      <Badge color="red">{t("jewelry.monitor.countRush", { count: counts.rush })}</Badge>
    </div>
  )
}

const stageText = (r: WorkshopQueueItem) =>
  r.current_stage ? `${r.current_stage.name}${r.current_stage.vendor_name ? ` (${r.current_stage.vendor_name})` : ""}` : dash

function Flags({ row }: { row: WorkshopQueueItem }) {
  const { t } = useTranslation()
  return (
    <span className="flex gap-1">
      {row.rush && <Badge size="2xsmall" color="red" data-testid="flag-rush">{t("jewelry.monitor.rush")}</Badge>}
      {row.overdue && <Badge size="2xsmall" color="red" data-testid="flag-overdue">{t("jewelry.monitor.overdue")}</Badge>}
    </span>
  )
}

/**
 * Every active job of all three kinds in one queue, paged on the server with
 * the whole queue's exact counts. `?kiosk=1` shows it full screen for a wall
 * display: it refreshes itself, turns its pages by itself, and Esc leaves it.
 */
const MonitorPage = () => {
  const [params, setParams] = useSearchParams()
  const kiosk = params.get("kiosk") === "1"
  return kiosk ? <Kiosk onLeave={() => setParams({})} /> : <Monitor onKiosk={() => setParams({ kiosk: "1" })} />
}

function Monitor({ onKiosk }: { onKiosk: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const kind = (filtering.kind as Kind | undefined) || undefined
  const { data, isLoading } = useWorkshopQueue({ kind, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }, REFRESH_SECONDS * 1000)
  const columns = useMemo(
    () => [
      column.accessor("display_number", {
        header: t("jewelry.monitor.job"),
        cell: ({ row }) => <span className="font-mono" data-testid="monitor-row" data-number={row.original.display_number}>{row.original.display_number}</span>,
      }),
      column.accessor("kind", { header: t("jewelry.monitor.kind"), cell: ({ getValue }) => <Badge size="2xsmall" color={KIND_COLOR[getValue()]}>{t(`jewelry.monitor.kinds.${getValue()}`)}</Badge> }),
      column.accessor("title", { header: t("jewelry.monitor.what"), cell: ({ row }) => `${row.original.title}${row.original.quantity > 1 ? ` × ${row.original.quantity}` : ""}` }),
      column.display({ id: "stage", header: t("jewelry.monitor.currentStage"), cell: ({ row }) => stageText(row.original) }),
      column.display({ id: "assignee", header: t("jewelry.monitor.assignee"), cell: ({ row }) => row.original.assignee?.name ?? row.original.department ?? dash }),
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
  const table = useDataTable({
    data: data?.queue ?? [],
    columns,
    filters,
    getRowId: (r) => r.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filtering: {
      state: filtering,
      onFilteringChange: (next) => {
        setFiltering(next)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_e, row) => navigate(`/production-jobs/${((row as any).original ?? row).id}`),
  })
  return (
    <Container className="divide-y p-0" data-testid="monitor-page">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("jewelry.monitor.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("jewelry.monitor.subtitle")}</Text>
        </div>
        <div className="flex items-start gap-x-2">
          <WorkshopScan />
          <Button size="small" variant="secondary" onClick={onKiosk} data-testid="open-kiosk">{t("jewelry.monitor.kiosk")}</Button>
        </div>
      </div>
      {data && <div className="px-6 py-3"><Counts counts={data.counts} /></div>}
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex justify-between gap-2">
          <span className="txt-small text-ui-fg-subtle">{t("jewelry.monitor.shown", { count: data?.count ?? 0 })}</span>
          <DataTable.FilterMenu tooltip={t("jewelry.monitor.filterTooltip")} />
        </DataTable.Toolbar>
        <DataTable.Table emptyState={{ empty: { heading: t("jewelry.monitor.empty") }, filtered: { heading: t("jewelry.monitor.empty") } }} />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

function Kiosk({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation()
  const [page, setPage] = useState(0)
  const { data, dataUpdatedAt } = useWorkshopQueue({ limit: KIOSK_PAGE_SIZE, offset: page * KIOSK_PAGE_SIZE }, REFRESH_SECONDS * 1000)
  const pages = Math.max(1, Math.ceil((data?.count ?? 0) / KIOSK_PAGE_SIZE))
  const [, tick] = useState(0)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onLeave()
    window.addEventListener("keydown", onKey)
    const clock = setInterval(() => tick((n) => n + 1), 1000)
    return () => {
      window.removeEventListener("keydown", onKey)
      clearInterval(clock)
    }
  }, [onLeave])
  // Turn the page at every refresh; back to the first after the last.
  useEffect(() => {
    const turn = setInterval(() => setPage((p) => (p + 1 < pages ? p + 1 : 0)), REFRESH_SECONDS * 1000)
    return () => clearInterval(turn)
  }, [pages])
  useEffect(() => {
    if (page >= pages) setPage(0)
  }, [page, pages])
  const updated = data ? Math.max(0, Math.round((Date.now() - dataUpdatedAt) / 1000)) : null
  const rows = data?.queue ?? []
  return (
    <div className="fixed inset-0 z-50 overflow-auto bg-ui-bg-base p-8 text-lg" data-testid="monitor-kiosk">
      <div className="mb-6 flex items-center justify-between">
        <Heading className="text-3xl">{t("jewelry.monitor.title")}</Heading>
        <WorkshopScan autoFocus />
        <div className="text-right">
          <Text className="font-mono text-2xl">{new Date().toLocaleTimeString()}</Text>
          <Text size="small" className="text-ui-fg-subtle" data-testid="kiosk-updated">
            {t("jewelry.monitor.updated", { seconds: updated ?? dash, every: REFRESH_SECONDS })}
          </Text>
        </div>
      </div>
      {data && <Counts counts={data.counts} />}
      <div className="mt-4 [&_td]:py-4 [&_td]:text-lg">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("jewelry.monitor.job")}</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.monitor.kind")}</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.monitor.what")}</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.monitor.currentStage")}</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.monitor.assignee")}</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.monitor.due")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("jewelry.monitor.daysInStage")}</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.monitor.flags")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.id} data-testid="monitor-row" data-number={r.display_number} className={r.overdue ? "bg-ui-tag-red-bg" : ""}>
                <Table.Cell className="font-mono">{r.display_number}</Table.Cell>
                <Table.Cell><Badge size="2xsmall" color={KIND_COLOR[r.kind]}>{t(`jewelry.monitor.kinds.${r.kind}`)}</Badge></Table.Cell>
                <Table.Cell>{r.title}{r.quantity > 1 ? ` × ${r.quantity}` : ""}</Table.Cell>
                <Table.Cell>{stageText(r)}</Table.Cell>
                <Table.Cell>{r.assignee?.name ?? r.department ?? dash}</Table.Cell>
                <Table.Cell>{dateOnly(r.due_date)}</Table.Cell>
                <Table.Cell className="text-right">{r.days_in_stage}</Table.Cell>
                <Table.Cell><Flags row={r} /></Table.Cell>
              </Table.Row>
            ))}
            {data && !rows.length && (
              <Table.Row><Table.Cell {...({ colSpan: 8 } as any)}><Text size="small" className="text-ui-fg-subtle">{t("jewelry.monitor.empty")}</Text></Table.Cell></Table.Row>
            )}
          </Table.Body>
        </Table>
      </div>
      <div className="mt-4 flex items-center justify-between">
        <Button size="small" variant="transparent" onClick={onLeave} data-testid="leave-kiosk">{t("jewelry.monitor.leaveKiosk")}</Button>
        <div className="flex items-center gap-2">
          <Text size="small" className="text-ui-fg-subtle" data-testid="kiosk-page">{t("jewelry.monitor.page", { page: Math.min(page, pages - 1) + 1, pages })}</Text>
          <Button size="small" variant="secondary" disabled={pages < 2} onClick={() => setPage((p) => (p > 0 ? p - 1 : pages - 1))}>{t("jewelry.monitor.previous")}</Button>
          <Button size="small" variant="secondary" disabled={pages < 2} onClick={() => setPage((p) => (p + 1 < pages ? p + 1 : 0))}>{t("jewelry.monitor.next")}</Button>
        </div>
      </div>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Workshop Monitor", icon: ComputerDesktop })

export default MonitorPage
