import { Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useJobAction, type JobStageView } from "../../hooks/api/production-jobs"
import { dash, pctExact } from "../../lib/format"
import { Field } from "../field"
import { FormDrawer } from "../metal/form-drawer"
import { LossFiguresPanel, lossFiguresOf, type LossFigures } from "./loss-figures"

/**
 * Completes a stage. What it still holds becomes its loss; past the stage's
 * loss standard the server answers 409 with the figures, which are shown
 * here with a request for the override reason, and the completion is tried
 * again with it (managers and admins).
 */
export function CompleteStageDrawer({ jobId, stage, unit, onClose }: { jobId: string; stage: JobStageView | null; unit: string; onClose: () => void }) {
  const { t } = useTranslation()
  const action = useJobAction(jobId)
  const [tolerance, setTolerance] = useState("")
  const [reason, setReason] = useState("")
  const [figures, setFigures] = useState<LossFigures | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [shown, setShown] = useState<string | null>(null)
  if ((stage?.id ?? null) !== shown) {
    setShown(stage?.id ?? null)
    setTolerance("")
    setReason("")
    setFigures(null)
    setErrors({})
  }
  const submit = async () => {
    if (!stage) return
    if (figures && !reason.trim()) return setErrors({ loss_override_reason: t("jewelry.job.needReason") })
    setErrors({})
    try {
      await action.mutateAsync({ path: `/stages/${stage.id}/complete`, body: { override_reason: tolerance.trim() || null, ...(figures ? { loss_override_reason: reason.trim() } : {}) } })
      toast.success(t("jewelry.job.stageCompleted", { stage: stage.stage_name }))
      onClose()
    } catch (e: any) {
      const f = lossFiguresOf(e)
      if (f) return setFigures(f)
      setErrors({ [e?.field === "override_reason" || e?.field === "loss_override_reason" ? e.field : "_form"]: e?.message ?? String(e) })
    }
  }
  const w = (v: string | null | undefined) => (v === null || v === undefined ? dash : `${v} ${unit}`)
  return (
    <FormDrawer open={!!stage} onClose={onClose} title={t("jewelry.job.completeTitle", { stage: stage?.stage_name ?? "" })} testId="complete" submitLabel={figures ? t("jewelry.job.completeWithReason") : t("jewelry.job.completeStage")} busy={action.isPending} onSubmit={submit} formError={errors._form}>
      {stage && (
        <Text size="small" className="text-ui-fg-subtle" data-testid="complete-summary">
          {t("jewelry.job.completeSummary", { issued: w(stage.issued), held: w(stage.in_process), standard: stage.loss_standard_pct === null ? t("jewelry.job.noStandard") : pctExact(stage.loss_standard_pct) })}
        </Text>
      )}
      <Field label={t("jewelry.job.toleranceReason")} htmlFor="complete-override_reason" error={errors.override_reason}>
        <Textarea id="complete-override_reason" value={tolerance} onChange={(e) => setTolerance(e.target.value)} />
      </Field>
      {figures && <LossFiguresPanel figures={figures} />}
      {figures && (
        <Field label={t("jewelry.job.lossReason")} htmlFor="complete-loss_override_reason" error={errors.loss_override_reason}>
          <Textarea id="complete-loss_override_reason" autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      )}
    </FormDrawer>
  )
}
