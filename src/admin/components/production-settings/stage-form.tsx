import { Button, Drawer, Input, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import type { Department, InventoryType, ProductionStage } from "../../../types/production-settings"
import { useCreateStage, useUpdateStage } from "../../hooks/api/production-catalog"
import { fieldErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { FormError, SwitchRow } from "./parts"
import { DepartmentChecks, InventoryTypeChecks } from "./stage-mappings"

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
const bodyOf = (form: Form) => ({
  name: form.name.trim(),
  code: form.code.trim() || null,
  description: form.description.trim() || null,
  inventory_type_ids: form.inventory_type_ids,
  department_ids: form.department_ids,
  is_active: form.is_active,
  loss_standard_pct: form.loss_standard_pct.trim() || null,
})

type Props = { open: boolean; /** The stage to edit; null adds a new one. */ stage: ProductionStage | null; departments: Department[]; inventoryTypes: InventoryType[]; onClose: () => void }

/** Add or edit a production stage, in a drawer: name, code, description, allowed loss, inventory types, departments, Active. */
export function StageForm({ open, stage, departments, inventoryTypes, onClose }: Props) {
  const { t } = useTranslation()
  const [form, setForm] = useState<Form>(EMPTY)
  const create = useCreateStage()
  const update = useUpdateStage()
  const mutation = stage ? update : create
  // Saved empty: what is missing, beside its field, before asking the API.
  const [missing, setMissing] = useState<Record<string, string>>({})
  const errors = { ...fieldErrors(mutation.error, FIELDS), ...missing }

  useEffect(() => {
    if (!open) return
    setForm(stage ? fromStage(stage) : EMPTY)
    setMissing({})
    create.reset()
    update.reset()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, stage])

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }))
  const toggle = (key: "inventory_type_ids" | "department_ids") => (id: string, on: boolean) =>
    setForm((f) => ({ ...f, [key]: on ? [...f[key].filter((x) => x !== id), id] : f[key].filter((x) => x !== id) }))

  const save = async (e: FormEvent) => {
    e.preventDefault()
    const body = bodyOf(form)
    setMissing(body.name ? {} : { name: t("jewelry.settings.stageNameRequired") })
    if (!body.name) return
    try {
      if (stage) await update.mutateAsync({ id: stage.id, ...body })
      else await create.mutateAsync(body)
      toast.success(t(stage ? "jewelry.settings.stageSaved" : "jewelry.settings.stageAdded", { name: body.name }))
      onClose()
    } catch {
      // Shown beside the field the API named.
    }
  }

  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="stage-form" aria-describedby={undefined}>
        <form onSubmit={save} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t(stage ? "jewelry.settings.editStage" : "jewelry.settings.addStage")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-5 overflow-y-auto">
            <Field label={t("jewelry.settings.stageName")} htmlFor="stage-name" error={errors.name}>
              <Input id="stage-name" autoComplete="off" value={form.name} onChange={(e) => set("name", e.target.value)} />
            </Field>
            <Field label={t("jewelry.settings.stageCode")} htmlFor="stage-code" error={errors.code} hint={t("jewelry.settings.stageCodeHint")}>
              <Input id="stage-code" autoComplete="off" value={form.code} onChange={(e) => set("code", e.target.value)} />
            </Field>
            <Field label={t("jewelry.settings.description")} htmlFor="stage-description" error={errors.description}>
              <Textarea id="stage-description" rows={3} value={form.description} onChange={(e) => set("description", e.target.value)} />
            </Field>
            <Field label={t("jewelry.settings.allowedLoss")} htmlFor="stage-loss-standard" error={errors.loss_standard_pct} hint={t("jewelry.settings.allowedLossHint")}>
              <Input id="stage-loss-standard" inputMode="decimal" autoComplete="off" placeholder={t("jewelry.settings.noCheck")} value={form.loss_standard_pct} onChange={(e) => set("loss_standard_pct", e.target.value)} />
            </Field>
            <InventoryTypeChecks inventoryTypes={inventoryTypes} selected={form.inventory_type_ids} onToggle={toggle("inventory_type_ids")} error={errors.inventory_type_ids} />
            <DepartmentChecks departments={departments} selected={form.department_ids} onToggle={toggle("department_ids")} error={errors.department_ids} />
            <SwitchRow id="stage-active" label={t("jewelry.settings.active")} hint={t("jewelry.settings.activeHint")} checked={form.is_active} onChange={(v) => set("is_active", v)} />
            <FormError error={errors._form} testId="stage-form-error" />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" variant="secondary" size="small">
                {t("jewelry.cancel")}
              </Button>
            </Drawer.Close>
            <Button type="submit" size="small" isLoading={mutation.isPending} data-testid="save-stage">
              {t("jewelry.settings.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
