import { Badge, Button, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { JOB_STATUS_COLORS, type JobStatus } from "../../../types/production-jobs"
import type { JobView } from "../../hooks/api/production-jobs"
import { dash, dateOnly } from "../../lib/format"

export type JobDrawer = "stage" | "issue" | "stones" | "receive" | "qa" | "close" | null

const ACTIONS: [Exclude<JobDrawer, null | "close">, string][] = [
  ["stage", "open-add-stage"],
  ["issue", "open-issue"],
  ["stones", "open-stones"],
  ["receive", "open-receive"],
  ["qa", "open-qa"],
]

/** The job's number, title, kind and status, the bench's actions and the key facts. */
export function JobHeader({ view, active, onOpen }: { view: JobView; active: boolean; onOpen: (d: JobDrawer) => void }) {
  const { t } = useTranslation()
  const { job } = view
  const requested = [
    job.requested_pieces ? t("jewelry.job.bench.pcs", { count: job.requested_pieces }) : null,
    job.requested_weight ? `${job.requested_weight} ${job.weight_unit}` : null,
    job.requested_shape,
    job.requested_size,
  ].filter(Boolean)
  const facts: [string, string][] = [
    [t("jewelry.job.header.target"), dateOnly(job.target_date)],
    [t("jewelry.job.header.currentStage"), job.current_stage?.stage_name ?? dash],
    [t("jewelry.job.header.requested"), requested.join(" · ") || dash],
    [t("jewelry.job.header.style"), job.style ? `${job.style.code} · ${job.style.name}` : dash],
  ]
  return (
    <>
      <div className="flex items-start justify-between px-6 py-4">
        <div>
          <Link to="/production-jobs" className="txt-small text-ui-fg-subtle">← {t("jewelry.job.list.heading")}</Link>
          <Heading data-testid="job-number">{job.display_number}</Heading>
          <Text size="small">{job.title}</Text>
          <div className="mt-1 flex gap-x-1">
            <Badge size="2xsmall">{t(`jewelry.job.kinds.${job.kind}`)}</Badge>
            <Badge size="2xsmall">{job.mode === "style" ? t("jewelry.job.header.styleDriven", { count: job.quantity }) : t("jewelry.job.header.simple")}</Badge>
            <Badge size="2xsmall" color={JOB_STATUS_COLORS[job.status as JobStatus]} data-testid="job-status">{t(`jewelry.job.statuses.${job.status}`)}</Badge>
            {job.rush && <Badge size="2xsmall" color="red">{t("jewelry.job.rush")}</Badge>}
          </div>
        </div>
        {active && (
          <div className="flex flex-wrap justify-end gap-2">
            {ACTIONS.map(([d, id]) => (
              <Button key={id} size="small" variant="secondary" onClick={() => onOpen(d)} data-testid={id}>{t(`jewelry.job.actions.${d}`)}</Button>
            ))}
            <Button size="small" onClick={() => onOpen("close")} data-testid="open-close-out">{t("jewelry.closeOut.title")}</Button>
          </div>
        )}
      </div>
      <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
        {facts.map(([k, v]) => (
          <div key={k}><Text size="xsmall" className="text-ui-fg-subtle">{k}</Text><Text size="small" weight="plus">{v}</Text></div>
        ))}
        {job.tolerance_override_reason && (
          <div className="col-span-full" data-testid="job-override"><Text size="xsmall" className="text-ui-fg-subtle">{t("jewelry.job.header.toleranceOverride")}</Text><Text size="small">{job.tolerance_override_reason}</Text></div>
        )}
      </div>
    </>
  )
}
