import { Button, Input, Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useUpdateProductionSettings } from "../../hooks/use-production-settings"
import { fieldErrors } from "../../lib/field-errors"
import { INDUSTRIES, WEIGHT_UNITS, type Industry, type ProductionSettings, type ProductionStage, type WeightUnit } from "../../lib/production-settings"
import { Field, Section } from "../field"

const FIELDS = ["due_date_offset_days", "default_start_stage_id", "default_weight_unit", "industry", "tag_prefix", "managers_all_locations"] as const

type Form = {
  due_date_offset_days: string
  default_start_stage_id: string | null
  default_weight_unit: WeightUnit
  industry: Industry
  tag_prefix: string
  managers_all_locations: boolean
}
const toForm = (s: ProductionSettings): Form => ({
  due_date_offset_days: String(s.due_date_offset_days),
  default_start_stage_id: s.default_start_stage_id,
  default_weight_unit: s.default_weight_unit,
  industry: s.industry,
  tag_prefix: s.tag_prefix,
  managers_all_locations: s.managers_all_locations,
})

/** Production Defaults: what new jobs start with, plus the workshop-wide unit, industry, tag prefix and location rule. */
export function DefaultsSection({ settings, activeStages, readOnly }: { settings: ProductionSettings; activeStages: ProductionStage[]; readOnly: boolean }) {
  const [form, setForm] = useState<Form>(() => toForm(settings))
  const [localError, setLocalError] = useState<Record<string, string>>({})
  const update = useUpdateProductionSettings()
  const errors = { ...fieldErrors(update.error, FIELDS), ...localError }

  // Follow the saved record (after a save, a reset or another tab), but only when these fields changed.
  const saved = JSON.stringify(toForm(settings))
  useEffect(() => setForm(JSON.parse(saved)), [saved])

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }))

  const save = (e: FormEvent) => {
    e.preventDefault()
    update.reset()
    const days = form.due_date_offset_days.trim()
    if (!/^\d+$/.test(days)) {
      setLocalError({ due_date_offset_days: "Enter a whole number of days, 0 or more." })
      return
    }
    setLocalError({})
    update.mutate(
      {
        due_date_offset_days: Number(days),
        default_start_stage_id: form.default_start_stage_id,
        default_weight_unit: form.default_weight_unit,
        industry: form.industry,
        tag_prefix: form.tag_prefix.trim(),
        managers_all_locations: form.managers_all_locations,
      },
      { onSuccess: () => toast.success("Production defaults saved") }
    )
  }

  return (
    <Section title="Production Defaults" description="New production jobs start with these values." testId="section-defaults">
      <form onSubmit={save} className="flex flex-col gap-y-4">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field label="Default job due date offset (days)" htmlFor="due_date_offset_days" error={errors.due_date_offset_days} hint="A new job is due this many days after it is created.">
            <Input
              id="due_date_offset_days"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              disabled={readOnly}
              value={form.due_date_offset_days}
              onChange={(e) => set("due_date_offset_days", e.target.value)}
            />
          </Field>
          <Field label="Default start stage" htmlFor="default_start_stage_id" error={errors.default_start_stage_id} hint="The stage a new job starts in.">
            <Select disabled={readOnly} value={form.default_start_stage_id ?? ""} onValueChange={(v) => set("default_start_stage_id", v || null)}>
              <Select.Trigger id="default_start_stage_id" data-testid="default-start-stage">
                <Select.Value placeholder="Choose an active stage" />
              </Select.Trigger>
              <Select.Content>
                {activeStages.map((s) => (
                  <Select.Item key={s.id} value={s.id}>
                    {s.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Default weight unit" htmlFor="default_weight_unit" error={errors.default_weight_unit} hint="Reports are normalised to this unit.">
            <Select disabled={readOnly} value={form.default_weight_unit} onValueChange={(v) => set("default_weight_unit", v as WeightUnit)}>
              <Select.Trigger id="default_weight_unit">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {WEIGHT_UNITS.map((u) => (
                  <Select.Item key={u.value} value={u.value}>
                    {u.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Industry" htmlFor="industry" error={errors.industry} hint="Decides the default stage catalog a reset loads.">
            <Select disabled={readOnly} value={form.industry} onValueChange={(v) => set("industry", v as Industry)}>
              <Select.Trigger id="industry">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {INDUSTRIES.map((i) => (
                  <Select.Item key={i.value} value={i.value}>
                    {i.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Tag prefix" htmlFor="tag_prefix" error={errors.tag_prefix} hint="Tag IDs are this prefix, the product's short name and a 4-digit number.">
            <Input id="tag_prefix" disabled={readOnly} maxLength={10} value={form.tag_prefix} onChange={(e) => set("tag_prefix", e.target.value)} />
          </Field>
        </div>
        <div className="flex items-start justify-between gap-x-4">
          <div>
            <Label htmlFor="managers_all_locations" size="small" weight="plus">
              Managers can use inventory from all locations
            </Label>
            <Text size="small" className="text-ui-fg-subtle">
              When off, managers see and issue stock of their own locations only, like members.
            </Text>
            {errors.managers_all_locations && (
              <Text size="small" className="text-ui-fg-error" role="alert">
                {errors.managers_all_locations}
              </Text>
            )}
          </div>
          <Switch
            id="managers_all_locations"
            disabled={readOnly}
            checked={form.managers_all_locations}
            onCheckedChange={(v) => set("managers_all_locations", v)}
          />
        </div>
        {errors._form && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {errors._form}
          </Text>
        )}
        {!readOnly && (
          <div className="flex justify-end">
            <Button type="submit" size="small" isLoading={update.isPending} data-testid="save-defaults">
              Save
            </Button>
          </div>
        )}
      </form>
    </Section>
  )
}
