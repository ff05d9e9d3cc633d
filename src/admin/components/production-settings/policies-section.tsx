import { Button, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useUpdateProductionSettings } from "../../hooks/use-production-settings"
import { fieldErrors } from "../../lib/field-errors"
import type { ProductionSettings } from "../../lib/production-settings"
import { Field, Section } from "../field"

type Toggle = "enforce_stage_inventory_mapping" | "enforce_stage_department_mapping" | "qa_checks_required"
const FIELDS = ["enforce_stage_inventory_mapping", "enforce_stage_department_mapping", "qa_checks_required", "weight_tolerance_percent"] as const

const TOGGLES: { key: Toggle; label: string; hint: string }[] = [
  { key: "enforce_stage_inventory_mapping", label: "Enforce stage to inventory mapping", hint: "Each stage takes only the inventory types mapped to it." },
  { key: "enforce_stage_department_mapping", label: "Enforce stage to staff department mapping", hint: "Each stage is assigned only to the departments mapped to it." },
  { key: "qa_checks_required", label: "QA checks required", hint: "Jobs must pass a quality check before they complete." },
]

type Form = Record<Toggle, boolean> & { weight_tolerance_percent: string }
const toForm = (s: ProductionSettings): Form => ({
  enforce_stage_inventory_mapping: s.enforce_stage_inventory_mapping,
  enforce_stage_department_mapping: s.enforce_stage_department_mapping,
  qa_checks_required: s.qa_checks_required,
  weight_tolerance_percent: s.weight_tolerance_percent === null || s.weight_tolerance_percent === undefined ? "" : String(s.weight_tolerance_percent),
})

/** Policies: how strictly the workflow rules are enforced. Changes apply at once, across the organisation. */
export function PoliciesSection({ settings, readOnly }: { settings: ProductionSettings; readOnly: boolean }) {
  const [form, setForm] = useState<Form>(() => toForm(settings))
  const update = useUpdateProductionSettings()
  const errors = fieldErrors(update.error, FIELDS)

  const saved = JSON.stringify(toForm(settings))
  useEffect(() => setForm(JSON.parse(saved)), [saved])

  const save = (e: FormEvent) => {
    e.preventDefault()
    const tolerance = form.weight_tolerance_percent.trim()
    update.mutate(
      {
        enforce_stage_inventory_mapping: form.enforce_stage_inventory_mapping,
        enforce_stage_department_mapping: form.enforce_stage_department_mapping,
        qa_checks_required: form.qa_checks_required,
        // Empty means no weight check; the API validates the number (0 to 100) and names the field if it is wrong.
        weight_tolerance_percent: tolerance === "" ? null : tolerance,
      },
      { onSuccess: () => toast.success("Policies saved") }
    )
  }

  return (
    <Section title="Policies" description="How strictly production rules are enforced. Changes take effect immediately." testId="section-policies">
      <form onSubmit={save} className="flex flex-col gap-y-4">
        {TOGGLES.map((t) => (
          <div key={t.key} className="flex items-start justify-between gap-x-4">
            <div>
              <Label htmlFor={t.key} size="small" weight="plus">
                {t.label}
              </Label>
              <Text size="small" className="text-ui-fg-subtle">
                {t.hint}
              </Text>
              {errors[t.key] && (
                <Text size="small" className="text-ui-fg-error" role="alert">
                  {errors[t.key]}
                </Text>
              )}
            </div>
            <Switch id={t.key} disabled={readOnly} checked={form[t.key]} onCheckedChange={(v) => setForm((f) => ({ ...f, [t.key]: v }))} />
          </div>
        ))}
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field
            label="Job weight tolerance (%)"
            htmlFor="weight_tolerance_percent"
            error={errors.weight_tolerance_percent}
            hint="Allowed variance between issued and received weight, 0 to 100. Leave empty for no check."
          >
            <Input
              id="weight_tolerance_percent"
              inputMode="decimal"
              placeholder="No check"
              disabled={readOnly}
              value={form.weight_tolerance_percent}
              onChange={(e) => setForm((f) => ({ ...f, weight_tolerance_percent: e.target.value }))}
              aria-invalid={!!errors.weight_tolerance_percent}
            />
          </Field>
        </div>
        {errors._form && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {errors._form}
          </Text>
        )}
        {!readOnly && (
          <div className="flex justify-end">
            <Button type="submit" size="small" isLoading={update.isPending} data-testid="save-policies">
              Save
            </Button>
          </div>
        )}
      </form>
    </Section>
  )
}
