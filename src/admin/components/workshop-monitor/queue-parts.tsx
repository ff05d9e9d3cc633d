import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { WorkshopQueueCounts, WorkshopQueueItem } from "../../../types/workshop-monitor"
import { dash } from "../../lib/format"

/** Seconds between refreshes of the monitor and the kiosk. */
export const REFRESH_SECONDS = 15

export const KIND_COLOR: Record<WorkshopQueueItem["kind"], "blue" | "purple" | "orange"> = { production: "blue", custom: "purple", repair: "orange" }

/** The whole queue's exact counts, whatever page is shown. */
export function Counts({ counts }: { counts: WorkshopQueueCounts }) {
  const { t } = useTranslation()
  const kind = (k: WorkshopQueueItem["kind"]) => t("jewelry.monitor.countKind", { count: counts[k], kind: t(`jewelry.monitor.kinds.${k}`) })
  return (
    <div className="flex flex-wrap gap-2" data-testid="monitor-counts">
      <Badge data-testid="count-total">{t("jewelry.monitor.countActive", { count: counts.total })}</Badge>
      <Badge color="blue">{kind("production")}</Badge>
      <Badge color="purple">{kind("custom")}</Badge>
      <Badge color="orange">{kind("repair")}</Badge>
      <Badge color="red">{t("jewelry.monitor.countOverdue", { count: counts.overdue })}</Badge>
      <Badge color="red">{t("jewelry.monitor.countRush", { count: counts.rush })}</Badge>
    </div>
  )
}

export function KindBadge({ kind }: { kind: WorkshopQueueItem["kind"] }) {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={KIND_COLOR[kind]}>
      {t(`jewelry.monitor.kinds.${kind}`)}
    </Badge>
  )
}

export function Flags({ row }: { row: WorkshopQueueItem }) {
  const { t } = useTranslation()
  return (
    <span className="flex gap-1">
      {row.rush && <Badge size="2xsmall" color="red" data-testid="flag-rush">{t("jewelry.monitor.rush")}</Badge>}
      {row.overdue && <Badge size="2xsmall" color="red" data-testid="flag-overdue">{t("jewelry.monitor.overdue")}</Badge>}
    </span>
  )
}

/** "Metal Casting (Stuller)": the stage, and the vendor when it is out for work. */
export const stageText = (r: WorkshopQueueItem) => (r.current_stage ? `${r.current_stage.name}${r.current_stage.vendor_name ? ` (${r.current_stage.vendor_name})` : ""}` : dash)
export const whatText = (r: WorkshopQueueItem) => `${r.title}${r.quantity > 1 ? ` × ${r.quantity}` : ""}`
export const whoText = (r: WorkshopQueueItem) => r.assignee?.name ?? r.department ?? dash
