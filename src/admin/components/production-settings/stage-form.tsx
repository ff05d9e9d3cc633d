import { Button, Checkbox, Drawer, Input, Label, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useCreateStage, useUpdateStage } from "../../hooks/use-production-settings"
import { fieldErrors } from "../../lib/field-errors"
import { INVENTORY_KINDS, type Department, type InventoryType, type ProductionStage } from "../../lib/production-settings"
import { Field } from "../field"

const FIELDS = ["name", "code", "description", "inventory_type_ids", "department_ids", "is_active", "loss_standard_pct"] as const

type Form = { name: string; code: string; description: string; inventory_type_ids: string[]; department_ids: string[]; is_active: boolean; loss_standard_pct: string }
const EMPTY: Form = { name: "", code: "", description: "", inventory_type_ids: [], department_ids: [], is_active: true, loss_standard_pct: "" }
const fromStage = (s: ProductionStage): Form => ({
  name: s.name,
  code: s.code ?? "",
  description: s.description ?? "",
  inventory_type_ids: [...s.inventory_type_ids],
  department_ids: [...s.department_ids],
  is_active: s.is_active,
  loss_standard_pct: s.loss_standard_pct === null || s.loss_standard_pct === undefined ? "" : String(s.loss_standard_pct),
})

/** Add or edit a production stage, in a drawer: name, code, description, inventory types, departments, Active. */
export function StageForm({
  open,
  stage,
  departments,
  inventoryTypes,
  onClose,
}: {
  open: boolean
  /** The stage to edit; null adds a new one. */
  stage: ProductionStage | null
  departments: Department[]
  inventoryTypes: InventoryType[]
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [form, setForm] = useState<Form>(EMPTY)
  const create = useCreateStage()
  const update = useUpdateStage()
  const mutation = stage ? update : create
  const errors = fieldErrors(mutation.error, FIELDS)

  useEffect(() => {
    if (!open) return
    setForm(stage ? fromStage(stage) : EMPTY)
    create.reset()
    update.reset()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, stage])

  const toggle = (key: "inventory_type_ids" | "department_ids", id: string, on: boolean) =>
    setForm((f) => ({ ...f, [key]: on ? [...f[key].filter((x) => x !== id), id] : f[key].filter((x) => x !== id) }))

  const save = async (e: FormEvent) => {
    e.preventDefault()
    const body = {
      name: form.name.trim(),
      code: form.code.trim() || null,
      description: form.description.trim() || null,
      inventory_type_ids: form.inventory_type_ids,
      department_ids: form.department_ids,
      is_active: form.is_active,
      loss_standard_pct: form.loss_standard_pct.trim() || null,
    }
    try {
      if (stage) {
        await update.mutateAsync({ id: stage.id, ...body })
        toast.success(`Stage "${body.name}" saved`)
      } else {
        await create.mutateAsync(body)
        toast.success(`Stage "${body.name}" added`)
      }
      onClose()
    } catch {
      // Shown beside the field the API named.
    }
  }

  const groups = INVENTORY_KINDS.map((k) => ({ ...k, types: inventoryTypes.filter((t) => t.kind === k.value) })).filter((g) => g.types.length)

  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="stage-form" aria-describedby={undefined}>
        <form onSubmit={save} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{stage ? "Edit production stage" : "Add production stage"}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-5 overflow-y-auto">
            <Field label="Stage name" htmlFor="stage-name" error={errors.name}>
              <Input id="stage-name" autoComplete="off" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            </Field>
            <Field label="Stage code" htmlFor="stage-code" error={errors.code} hint="Optional short code your team uses, e.g. CST.">
              <Input id="stage-code" autoComplete="off" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} />
            </Field>
            <Field label="Description" htmlFor="stage-description" error={errors.description}>
              <Textarea id="stage-description" rows={3} value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
            </Field>
            <Field
              label={t("jewelry.settings.allowedLoss")}
              htmlFor="stage-loss-standard"
              error={errors.loss_standard_pct}
              hint={t("jewelry.settings.allowedLossHint")}
            >
              <Input id="stage-loss-standard" inputMode="decimal" autoComplete="off" placeholder={t("jewelry.settings.noCheck")} value={form.loss_standard_pct} onChange={(e) => setForm({ ...form, loss_standard_pct: e.target.value })} />
            </Field>
            <Field label="Applicable Inventory Types" error={errors.inventory_type_ids} testId="stage-inventory-types">
              <div className="shadow-borders-base flex flex-col gap-y-3 rounded-md p-3">
                {groups.map((g) => (
                  <fieldset key={g.value} className="flex flex-col gap-y-1.5">
                    <legend className="mb-1.5">
                      <Text size="xsmall" weight="plus" className="text-ui-fg-muted uppercase">
                        {g.label}
                      </Text>
                    </legend>
                    <div className="grid grid-cols-2 gap-x-4 gap-y-1.5">
                      {g.types.map((t) => (
                        <CheckItem
                          key={t.id}
                          id={`stage-type-${t.id}`}
                          label={t.name}
                          ariaLabel={`Inventory type ${t.name}`}
                          checked={form.inventory_type_ids.includes(t.id)}
                          onChange={(on) => toggle("inventory_type_ids", t.id, on)}
                        />
                      ))}
                    </div>
                  </fieldset>
                ))}
                {!groups.length && <Text size="small" className="text-ui-fg-subtle">No inventory types yet.</Text>}
              </div>
            </Field>
            <Field label="Applicable Departments" error={errors.department_ids} testId="stage-departments">
              <div className="shadow-borders-base grid grid-cols-2 gap-x-4 gap-y-1.5 rounded-md p-3">
                {departments.map((d) => (
                  <CheckItem
                    key={d.id}
                    id={`stage-department-${d.id}`}
                    label={d.name}
                    ariaLabel={`Department ${d.name}`}
                    checked={form.department_ids.includes(d.id)}
                    onChange={(on) => toggle("department_ids", d.id, on)}
                  />
                ))}
                {!departments.length && <Text size="small" className="text-ui-fg-subtle">No departments yet.</Text>}
              </div>
            </Field>
            <div className="flex items-start justify-between gap-x-4">
              <div>
                <Label htmlFor="stage-active" size="small" weight="plus">
                  Active
                </Label>
                <Text size="small" className="text-ui-fg-subtle">
                  Active stages are offered for new jobs right away.
                </Text>
              </div>
              <Switch id="stage-active" checked={form.is_active} onCheckedChange={(v) => setForm({ ...form, is_active: v })} />
            </div>
            {errors._form && (
              <Text size="small" className="text-ui-fg-error" role="alert" data-testid="stage-form-error">
                {errors._form}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" variant="secondary" size="small">
                Cancel
              </Button>
            </Drawer.Close>
            <Button type="submit" size="small" isLoading={mutation.isPending} data-testid="save-stage">
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

function CheckItem({ id, label, ariaLabel, checked, onChange }: { id: string; label: string; ariaLabel: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <div className="flex items-center gap-x-2">
      <Checkbox id={id} checked={checked} onCheckedChange={(v) => onChange(v === true)} aria-label={ariaLabel} />
      <Label htmlFor={id} size="small" className="cursor-pointer">
        {label}
      </Label>
    </div>
  )
}
