import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { displayWeight } from "../../../lib/units"
import type { OrderJob, OrderViewMetrics } from "../../../types/jewelry-orders"
import { dateOnly } from "../../lib/format"
import { ProductionProgress } from "../jobs/progress"
import { lineNameById, type JewelryOrderView } from "./types"

/** A titled part of the Workshop panel. */
export function PanelSection({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <div className="px-6 py-4" data-testid={testId}>
      <Heading level="h3" className="mb-2">{title}</Heading>
      {children}
    </div>
  )
}

/** The order's production jobs, each with its stage, progress and due date. */
export function OrderJobs({ jobs }: { jobs: OrderJob[] }) {
  const { t } = useTranslation()
  if (!jobs.length) return null
  return (
    <PanelSection title={t("jewelry.orders.productionJobs")} testId="order-jobs">
      {jobs.map((j) => (
        <div key={j.id} className="flex items-center justify-between py-1">
          <Link to={`/production-jobs/${j.id}`} className="text-ui-fg-interactive txt-small">
            {j.display_number} · {j.title}
          </Link>
          <Text size="small" className="text-ui-fg-subtle">
            {j.status === "closed" ? t("jewelry.orders.jobFinished", { date: dateOnly(j.target_date) }) : t("jewelry.orders.jobProgress", { stage: j.current_stage ?? j.status, percent: j.percent_done, date: dateOnly(j.target_date) })}
          </Text>
        </div>
      ))}
    </PanelSection>
  )
}

/** The stock selected for the order's lines. */
export function OrderSelections({ view }: { view: JewelryOrderView }) {
  const { t } = useTranslation()
  if (!view.selections.length) return null
  return (
    <PanelSection title={t("jewelry.orders.selectedInventory")} testId="order-selections">
      {view.selections.map((s) => (
        <div key={s.id} className="flex items-center justify-between py-1">
          <Link to={`/stock/${s.stock_item_id}`} className="font-mono text-ui-fg-interactive txt-small">{s.tag_id}</Link>
          <Text size="small" className="text-ui-fg-subtle">
            {[lineNameById(view.lines, s.line_item_id), t("jewelry.orders.pcs", { count: s.pieces }), displayWeight(s.weight, s.weight_unit), s.status].join(" · ")}
          </Text>
        </div>
      ))}
    </PanelSection>
  )
}

/** The production summary of the order's jobs, in the workshop's default unit. */
export function ProductionSummary({ metrics: m }: { metrics: OrderViewMetrics }) {
  const { t } = useTranslation()
  if (!m.jobs) return null
  return (
    <PanelSection title={t("jewelry.orders.productionSummary")} testId="order-production-summary">
      <ProductionProgress metrics={{ ...m, pending: m.buckets.pending }} weights={m.buckets} unit={m.unit} />
    </PanelSection>
  )
}
