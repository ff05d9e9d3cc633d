import { Input, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { INDUSTRIES } from "../../../lib/industry-defaults"
import { WEIGHT_UNIT_CODES, WEIGHT_UNIT_LABELS } from "../../../lib/units"
import type { ProductionSettings, ProductionStage } from "../../../types/production-settings"
import { useUpdateProductionSettings } from "../../hooks/api/production-settings"
import { fieldErrors } from "../../lib/field-errors"
import { Field, Section } from "../field"
import { FormFoot, SwitchRow, useSavedForm } from "./parts"
import { SelectField } from "./select-field"

const FIELDS = ["due_date_offset_days", "default_start_stage_id", "default_weight_unit", "industry", "tag_prefix", "managers_all_locations"] as const

const toForm = (s: ProductionSettings) => ({
  due_date_offset_days: String(s.due_date_offset_days),
  default_start_stage_id: s.default_start_stage_id,
  default_weight_unit: s.default_weight_unit,
  industry: s.industry,
  tag_prefix: s.tag_prefix,
  managers_all_locations: s.managers_all_locations,
})

const UNIT_OPTIONS = WEIGHT_UNIT_CODES.map((u) => ({ value: u, label: WEIGHT_UNIT_LABELS[u] }))

/** Production Defaults: what new jobs start with, plus the workshop-wide unit, industry, tag prefix and location rule. */
export function DefaultsSection({ settings, activeStages, readOnly }: { settings: ProductionSettings; activeStages: ProductionStage[]; readOnly: boolean }) {
  const { t } = useTranslation()
  const { form, set } = useSavedForm(settings, toForm)
  const [localError, setLocalError] = useState<Record<string, string>>({})
  const update = useUpdateProductionSettings()
  const errors = { ...fieldErrors(update.error, FIELDS), ...localError }

  // The workshop-wide choices: its weight unit and its industry.
  const choices = [
    { key: "default_weight_unit" as const, options: UNIT_OPTIONS },
    { key: "industry" as const, options: INDUSTRIES.map((i) => ({ value: i, label: t(`jewelry.settings.industries.${i}`) })) },
  ]

  const save = (e: FormEvent) => {
    e.preventDefault()
    update.reset()
    const days = form.due_date_offset_days.trim()
    if (!/^\d+$/.test(days)) return setLocalError({ due_date_offset_days: t("jewelry.settings.wholeDays") })
    setLocalError({})
    update.mutate({ ...form, due_date_offset_days: Number(days), tag_prefix: form.tag_prefix.trim() }, { onSuccess: () => toast.success(t("jewelry.settings.defaultsSaved")) })
  }

  return (
    <Section title={t("jewelry.settings.defaultsTitle")} description={t("jewelry.settings.defaultsDescription")} testId="section-defaults">
      <form onSubmit={save} className="flex flex-col gap-y-4">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field label={t("jewelry.settings.dueOffset")} htmlFor="due_date_offset_days" error={errors.due_date_offset_days} hint={t("jewelry.settings.dueOffsetHint")}>
            <Input id="due_date_offset_days" type="number" inputMode="numeric" min={0} step={1} disabled={readOnly} value={form.due_date_offset_days} onChange={(e) => set("due_date_offset_days", e.target.value)} />
          </Field>
          <SelectField
            id="default_start_stage_id"
            testId="default-start-stage"
            label={t("jewelry.settings.startStage")}
            hint={t("jewelry.settings.startStageHint")}
            placeholder={t("jewelry.settings.chooseActiveStage")}
            error={errors.default_start_stage_id}
            disabled={readOnly}
            value={form.default_start_stage_id ?? ""}
            options={activeStages.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(v) => set("default_start_stage_id", v || null)}
          />
          {choices.map(({ key, options }) => (
            <SelectField
              key={key}
              id={key}
              label={t(`jewelry.settings.${key}`)}
              hint={t(`jewelry.settings.${key}Hint`)}
              error={errors[key]}
              disabled={readOnly}
              value={form[key]}
              options={options}
              onChange={(v) => set(key, v as ReturnType<typeof toForm>[typeof key])}
            />
          ))}
          <Field label={t("jewelry.settings.tagPrefix")} htmlFor="tag_prefix" error={errors.tag_prefix} hint={t("jewelry.settings.tagPrefixHint")}>
            <Input id="tag_prefix" disabled={readOnly} maxLength={10} value={form.tag_prefix} onChange={(e) => set("tag_prefix", e.target.value)} />
          </Field>
        </div>
        <SwitchRow
          id="managers_all_locations"
          label={t("jewelry.settings.managersAllLocations")}
          hint={t("jewelry.settings.managersAllLocationsHint")}
          error={errors.managers_all_locations}
          disabled={readOnly}
          checked={form.managers_all_locations}
          onChange={(v) => set("managers_all_locations", v)}
        />
        <FormFoot error={errors._form} readOnly={readOnly} saving={update.isPending} testId="save-defaults" />
      </form>
    </Section>
  )
}
