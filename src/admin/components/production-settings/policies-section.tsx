import { Input, toast } from "@medusajs/ui"
import type { FormEvent } from "react"
import { useTranslation } from "react-i18next"
import type { ProductionSettings } from "../../../types/production-settings"
import { useUpdateProductionSettings } from "../../hooks/api/production-settings"
import { fieldErrors } from "../../lib/field-errors"
import { Field, Section } from "../field"
import { FormFoot, SwitchRow, useSavedForm } from "./parts"

const TOGGLES = ["enforce_stage_inventory_mapping", "enforce_stage_department_mapping", "qa_checks_required"] as const
const FIELDS = [...TOGGLES, "weight_tolerance_percent"] as const

const toForm = (s: ProductionSettings) => ({
  enforce_stage_inventory_mapping: s.enforce_stage_inventory_mapping,
  enforce_stage_department_mapping: s.enforce_stage_department_mapping,
  qa_checks_required: s.qa_checks_required,
  weight_tolerance_percent: s.weight_tolerance_percent === null || s.weight_tolerance_percent === undefined ? "" : String(s.weight_tolerance_percent),
})

/** Policies: how strictly the workflow rules are enforced. Changes apply at once, across the organisation. */
export function PoliciesSection({ settings, readOnly }: { settings: ProductionSettings; readOnly: boolean }) {
  const { t } = useTranslation()
  const { form, set } = useSavedForm(settings, toForm)
  const update = useUpdateProductionSettings()
  const errors = fieldErrors(update.error, FIELDS)

  const save = (e: FormEvent) => {
    e.preventDefault()
    const tolerance = form.weight_tolerance_percent.trim()
    // Empty means no weight check; the API validates the number (0 to 100) and names the field if it is wrong.
    update.mutate({ ...form, weight_tolerance_percent: tolerance === "" ? null : tolerance }, { onSuccess: () => toast.success(t("jewelry.settings.policiesSaved")) })
  }

  return (
    <Section title={t("jewelry.settings.policiesTitle")} description={t("jewelry.settings.policiesDescription")} testId="section-policies">
      <form onSubmit={save} className="flex flex-col gap-y-4">
        {TOGGLES.map((key) => (
          <SwitchRow
            key={key}
            id={key}
            label={t(`jewelry.settings.policies.${key}`)}
            hint={t(`jewelry.settings.policies.${key}Hint`)}
            error={errors[key]}
            disabled={readOnly}
            checked={form[key]}
            onChange={(v) => set(key, v)}
          />
        ))}
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field label={t("jewelry.settings.tolerance")} htmlFor="weight_tolerance_percent" error={errors.weight_tolerance_percent} hint={t("jewelry.settings.toleranceHint")}>
            <Input
              id="weight_tolerance_percent"
              inputMode="decimal"
              placeholder={t("jewelry.settings.noCheck")}
              disabled={readOnly}
              value={form.weight_tolerance_percent}
              onChange={(e) => set("weight_tolerance_percent", e.target.value)}
              aria-invalid={!!errors.weight_tolerance_percent}
            />
          </Field>
        </div>
        <FormFoot error={errors._form} readOnly={readOnly} saving={update.isPending} testId="save-policies" />
      </form>
    </Section>
  )
}
