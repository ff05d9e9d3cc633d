import { Button, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useWorkshopQueue } from "../../hooks/api/workshop-monitor"
import { dash, dateOnly } from "../../lib/format"
import { WorkshopScan } from "../tags/workshop-scan"
import { Counts, Flags, KindBadge, REFRESH_SECONDS, stageText, whatText, whoText } from "./queue-parts"

/** The kiosk shows fewer, larger rows and turns the page by itself at every refresh. */
const KIOSK_PAGE_SIZE = 12

/** The page the kiosk shows: it turns at every refresh and starts again after the last. */
function useTurningPage(pages: number) {
  const [page, setPage] = useState(0)
  useEffect(() => {
    const turn = setInterval(() => setPage((p) => (p + 1 < pages ? p + 1 : 0)), REFRESH_SECONDS * 1000)
    return () => clearInterval(turn)
  }, [pages])
  useEffect(() => {
    if (page >= pages) setPage(0)
  }, [page, pages])
  const go = (by: 1 | -1) => setPage((p) => (p + by + pages) % pages)
  return { page: Math.min(page, pages - 1), go }
}

/** Esc leaves; a clock ticks every second so "updated … ago" stays true. */
function useKioskKeysAndClock(onLeave: () => void) {
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
}

/** The queue full screen for a wall display: it refreshes itself, turns its pages by itself, and Esc leaves it. */
export function KioskView({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation()
  const [pages, setPages] = useState(1)
  const { page, go } = useTurningPage(pages)
  const { data, dataUpdatedAt } = useWorkshopQueue({ limit: KIOSK_PAGE_SIZE, offset: page * KIOSK_PAGE_SIZE }, REFRESH_SECONDS * 1000)
  useEffect(() => setPages(Math.max(1, Math.ceil((data?.count ?? 0) / KIOSK_PAGE_SIZE))), [data?.count])
  useKioskKeysAndClock(onLeave)
  const updated = data ? Math.max(0, Math.round((Date.now() - dataUpdatedAt) / 1000)) : null
  const rows = data?.queue ?? []
  const heads = ["job", "kind", "what", "currentStage", "assignee", "due", "daysInStage", "flags"] as const
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
              {heads.map((h) => (
                <Table.HeaderCell key={h} className={h === "daysInStage" ? "text-right" : undefined}>{t(`jewelry.monitor.${h}`)}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.id} data-testid="monitor-row" data-number={r.display_number} className={r.overdue ? "bg-ui-tag-red-bg" : ""}>
                <Table.Cell className="font-mono">{r.display_number}</Table.Cell>
                <Table.Cell><KindBadge kind={r.kind} /></Table.Cell>
                <Table.Cell>{whatText(r)}</Table.Cell>
                <Table.Cell>{stageText(r)}</Table.Cell>
                <Table.Cell>{whoText(r)}</Table.Cell>
                <Table.Cell>{dateOnly(r.due_date)}</Table.Cell>
                <Table.Cell className="text-right">{r.days_in_stage}</Table.Cell>
                <Table.Cell><Flags row={r} /></Table.Cell>
              </Table.Row>
            ))}
            {data && !rows.length && (
              <Table.Row><Table.Cell {...({ colSpan: heads.length } as any)}><Text size="small" className="text-ui-fg-subtle">{t("jewelry.monitor.empty")}</Text></Table.Cell></Table.Row>
            )}
          </Table.Body>
        </Table>
      </div>
      <div className="mt-4 flex items-center justify-between">
        <Button size="small" variant="transparent" onClick={onLeave} data-testid="leave-kiosk">{t("jewelry.monitor.leaveKiosk")}</Button>
        <div className="flex items-center gap-2">
          <Text size="small" className="text-ui-fg-subtle" data-testid="kiosk-page">{t("jewelry.monitor.page", { page: page + 1, pages })}</Text>
          <Button size="small" variant="secondary" disabled={pages < 2} onClick={() => go(-1)}>{t("jewelry.monitor.previous")}</Button>
          <Button size="small" variant="secondary" disabled={pages < 2} onClick={() => go(1)}>{t("jewelry.monitor.next")}</Button>
        </div>
      </div>
    </div>
  )
}
