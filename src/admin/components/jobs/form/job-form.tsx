import { Drawer, ProgressTabs, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DrawerFooter } from "../../drawer-footer"
import { JobFormContext } from "./job-form-context"
import { JobFormIssue, JobFormSpecs } from "./job-form-details"
import { STEPS, type Step } from "./job-form-state"
import { useJobForm } from "./use-job-form"

/**
 * The guided job form: context (what, from which stock, which stage), physical
 * specs, and issue details. Defaults come from the production settings.
 */
export function JobForm({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation()
  const form = useJobForm(open, onCreated, onClose)
  const { f, patch, errors, step } = form
  const last = step === STEPS[STEPS.length - 1]
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="job-form" className="max-w-2xl">
        <Drawer.Header>
          <Drawer.Title>{t("jewelry.job.form.heading")}</Drawer.Title>
        </Drawer.Header>
        <ProgressTabs value={step} onValueChange={(v) => form.setStep(v as Step)} className="flex flex-1 flex-col overflow-hidden">
          <ProgressTabs.List className="border-b">
            {STEPS.map((s) => (
              <ProgressTabs.Trigger key={s} value={s} data-testid={`step-${s}`}>{t(`jewelry.job.form.steps.${s}`)}</ProgressTabs.Trigger>
            ))}
          </ProgressTabs.List>
          <Drawer.Body className="overflow-y-auto">
            <ProgressTabs.Content value="context" className="flex flex-col gap-y-3">
              <JobFormContext f={f} patch={patch} errors={errors} lines={form.lines} setLines={form.setLines} />
            </ProgressTabs.Content>
            <ProgressTabs.Content value="specs" className="flex flex-col gap-y-3">
              <JobFormSpecs f={f} patch={patch} errors={errors} />
            </ProgressTabs.Content>
            <ProgressTabs.Content value="issue" className="flex flex-col gap-y-3">
              <JobFormIssue f={f} patch={patch} errors={errors} />
            </ProgressTabs.Content>
          </Drawer.Body>
        </ProgressTabs>
        {errors._form && <Text size="small" className="text-ui-fg-error px-6" role="alert" data-testid="job-form-error">{errors._form}</Text>}
        <DrawerFooter
          back={step !== STEPS[0] ? { label: t("jewelry.job.form.back"), onClick: form.back } : undefined}
          saveLabel={last ? t("jewelry.job.form.submit") : t("jewelry.job.form.next")}
          saveTestId={last ? "job-submit" : "job-next"}
          onSave={last ? form.submit : form.next}
          saving={last && form.busy}
        />
      </Drawer.Content>
    </Drawer>
  )
}
