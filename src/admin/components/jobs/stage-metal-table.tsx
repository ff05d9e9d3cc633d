import { Badge, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { METAL_LABELS, type Metal } from "../../../lib/purity"
import type { JobStageView, JobView } from "../../hooks/api/production-jobs"
import { dash, isZero, pct, pctExact } from "../../lib/format"
import { JobTableSection } from "./job-table-section"

const metalName = (m: string) => METAL_LABELS[m as Metal] ?? m
const W = ["issued", "received", "rejected", "scrapped", "waste"] as const

/**
 * Metal through the stages (SPEC 4a, 4b): per stage who held it, what it
 * was issued and gave back, its loss against the stage's standard (or what
 * it still holds while open), fine metal per metal beside gross; the job's
 * own figures below, where re-issued output is not counted twice.
 */
export function StageMetalTable({ view }: { view: JobView }) {
  const { t } = useTranslation()
  const u = view.weights.unit
  const w = (v: string | null) => (v === null ? dash : `${v} ${u}`)
  const right = (label: string) => ({ label, right: true })
  const columns = [t("jewelry.stage"), t("jewelry.job.heldBy"), ...W.map((k) => right(t(`jewelry.job.${k}`))), right(t("jewelry.job.loss")), right(t("jewelry.job.lossVsAllowed")), right(t("jewelry.job.inProcess")), t("jewelry.job.fineMetal")]
  return (
    <JobTableSection testId="stage-metal" title={t("jewelry.job.metalTitle")} hint={t("jewelry.job.metalHint", { unit: u })} columns={columns}>
      {view.stages.map((s) => <StageRow key={s.id} s={s} w={w} />)}
      <Table.Row className="bg-ui-bg-subtle font-medium" data-testid="job-metal-row">
        <Table.Cell>{t("jewelry.job.jobRow")}</Table.Cell>
        <Table.Cell className="text-ui-fg-subtle">{t("jewelry.job.jobRowHint")}</Table.Cell>
        {W.map((k) => <Table.Cell key={k} className="text-right" data-testid={`job-${k}`}>{w(view.weights[k])}</Table.Cell>)}
        <Table.Cell />
        <Table.Cell />
        <Table.Cell className="text-right" data-testid="job-held">{w(view.weights.held)}</Table.Cell>
        <Table.Cell>
          {Object.entries(view.fine).map(([m, f]) => (
            <Text key={m} size="xsmall" leading="compact" data-testid="job-fine" data-metal={m}>
              {t("jewelry.job.fineJob", { metal: metalName(m), input: `${f.input} ${u}`, received: `${f.received} ${u}`, waste: `${f.waste} ${u}` })}
              {!isZero(f.held) && ` · ${t("jewelry.job.fineHeld", { held: `${f.held} ${u}` })}`}
            </Text>
          ))}
        </Table.Cell>
      </Table.Row>
    </JobTableSection>
  )
}

function StageRow({ s, w }: { s: JobStageView; w: (v: string | null) => string }) {
  const { t } = useTranslation()
  const open = s.status !== "completed"
  return (
    <Table.Row data-testid="stage-metal-row" data-stage={s.stage_name} data-past-standard={s.past_standard}>
      <Table.Cell>
        <div className="flex flex-col">
          <span>{s.stage_name}</span>
          <Text size="xsmall" className="text-ui-fg-subtle">{open ? t("jewelry.job.open") : t("jewelry.job.completed")}</Text>
        </div>
      </Table.Cell>
      <Table.Cell data-testid="stage-holders">
        {s.holders.length
          ? s.holders.map((h) => (
              <Text key={`${h.type}:${h.id}`} size="xsmall" leading="compact">
                {h.name}
                {!isZero(h.holds) && <span className="text-ui-fg-subtle"> · {t("jewelry.job.holds", { weight: w(h.holds) })}</span>}
              </Text>
            ))
          : dash}
      </Table.Cell>
      {W.map((k) => <Table.Cell key={k} className="text-right" data-testid={`stage-${k}`}>{w(s[k])}</Table.Cell>)}
      <Table.Cell className="text-right" data-testid="stage-loss">{w(s.loss)}</Table.Cell>
      <Table.Cell className="text-right">
        <div className="flex flex-col items-end">
          <span className={s.past_standard ? "text-ui-fg-error font-medium" : undefined} data-testid="stage-loss-pct">
            {pct(s.loss_pct)} / {s.loss_standard_pct === null ? dash : pctExact(s.loss_standard_pct)}
          </span>
          {s.past_standard && <Badge size="2xsmall" color="red" data-testid="stage-past-standard">{t("jewelry.job.pastStandard")}</Badge>}
          {s.loss_override_reason && (
            <Text size="xsmall" className="text-ui-fg-subtle max-w-[220px] text-right" data-testid="stage-override-reason">
              {t("jewelry.job.overrideReason", { reason: s.loss_override_reason })}
            </Text>
          )}
        </div>
      </Table.Cell>
      <Table.Cell className="text-right" data-testid="stage-in-process">{open ? w(s.in_process) : dash}</Table.Cell>
      <Table.Cell>
        {Object.entries(s.fine).map(([m, f]) => (
          <Text key={m} size="xsmall" leading="compact" data-testid="stage-fine" data-metal={m}>
            {t("jewelry.job.fineStage", { metal: metalName(m), issued: w(f.issued), returned: w(f.returned) })}
            {f.loss !== null ? ` · ${t("jewelry.job.fineLoss", { loss: w(f.loss) })}` : ` · ${t("jewelry.job.fineWaste", { waste: w(f.waste) })}`}
          </Text>
        ))}
      </Table.Cell>
    </Table.Row>
  )
}
