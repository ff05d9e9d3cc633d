import { toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useCreateJob } from "../../../hooks/api/production-jobs"
import { useProductionSettings } from "../../../hooks/api/production-settings"
import { readable } from "../../../lib/field-errors"
import { jobBody, jobDefaults, missingFields, STEP_OF, STEPS, type JobFormValues, type SourceLines, type Step } from "./job-form-state"

/**
 * The job form's state: its values (a fresh form each time the drawer
 * opens, the settings' defaults filling what is still empty), the step
 * shown, the stock to issue, the errors beside their fields, and submit.
 */
export function useJobForm(open: boolean, onCreated: (id: string) => void, onClose: () => void) {
  const { t } = useTranslation()
  const settings = useProductionSettings().data
  const create = useCreateJob()
  const [step, setStep] = useState<Step>("context")
  const [f, setF] = useState<JobFormValues>({})
  const [lines, setLines] = useState<SourceLines>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  // Set during render so nothing typed is ever wiped.
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setErrors({})
      setStep("context")
      setLines({})
      setF(jobDefaults(settings))
    }
  }
  // Settings that arrive after the form opened fill only what is still empty.
  useEffect(() => {
    if (!settings) return
    const d = jobDefaults(settings)
    setF((prev) => ({ ...prev, ...Object.fromEntries(Object.entries(d).filter(([k]) => !prev[k])) }))
  }, [settings])

  const patch = (p: JobFormValues) => setF((prev) => ({ ...prev, ...p }))
  const move = (by: number) => setStep((s) => STEPS[Math.min(STEPS.length - 1, Math.max(0, STEPS.indexOf(s) + by))])

  const submit = async () => {
    const missing = missingFields(f, t)
    if (Object.keys(missing).length) {
      setErrors(missing)
      setStep("context")
      return
    }
    setErrors({})
    try {
      const res = await create.mutateAsync(jobBody(f, lines))
      toast.success(t("jewelry.job.form.opened", { number: res.job.display_number }))
      onCreated(res.job.id)
      onClose()
    } catch (e: any) {
      // An issue line's error ("lines[0].weight") shows beside the source stock.
      const field: string | undefined = e?.field?.replace(/^(issue_)?lines\[\d+\]\./, "")
      const message = e?.message ?? String(e)
      setErrors(field ? { [field]: readable(message.replace(/^(issue_)?lines\[\d+\]\./, ""), field) } : { _form: message })
      if (field && STEP_OF[field]) setStep(STEP_OF[field])
    }
  }
  return { f, patch, step, setStep, next: () => move(1), back: () => move(-1), lines, setLines, errors, submit, busy: create.isPending }
}
