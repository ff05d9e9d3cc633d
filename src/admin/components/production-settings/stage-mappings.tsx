import { Checkbox, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { INVENTORY_KINDS, INVENTORY_KIND_LABELS } from "../../../lib/industry-defaults"
import type { Department, InventoryType } from "../../../types/production-settings"
import { Field } from "../field"

type Pick = { selected: string[]; onToggle: (id: string, on: boolean) => void; error?: string }

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

/** The records a stage may be mapped to, ticked; `prefix` names each box for screen readers ("Department Polishing"). */
function CheckGrid({ records, kind, prefix, selected, onToggle }: { records: { id: string; name: string }[]; kind: string; prefix: string } & Omit<Pick, "error">) {
  return (
    <div className="grid grid-cols-2 gap-x-4 gap-y-1.5">
      {records.map((r) => (
        <CheckItem key={r.id} id={`stage-${kind}-${r.id}`} label={r.name} ariaLabel={`${prefix} ${r.name}`} checked={selected.includes(r.id)} onChange={(on) => onToggle(r.id, on)} />
      ))}
    </div>
  )
}

/** Applicable Inventory Types, grouped by kind (Rough, In-process …). */
export function InventoryTypeChecks({ inventoryTypes, ...pick }: { inventoryTypes: InventoryType[] } & Pick) {
  const { t } = useTranslation()
  const groups = INVENTORY_KINDS.map((kind) => ({ kind, types: inventoryTypes.filter((it) => it.kind === kind) })).filter((g) => g.types.length)
  return (
    <Field label={t("jewelry.settings.applicableTypes")} error={pick.error} testId="stage-inventory-types">
      <div className="shadow-borders-base flex flex-col gap-y-3 rounded-md p-3">
        {groups.map((g) => (
          <fieldset key={g.kind} className="flex flex-col gap-y-1.5">
            <legend className="mb-1.5">
              <Text size="xsmall" weight="plus" className="text-ui-fg-muted uppercase">
                {INVENTORY_KIND_LABELS[g.kind]}
              </Text>
            </legend>
            <CheckGrid records={g.types} kind="type" prefix={t("jewelry.settings.inventoryTypePrefix")} {...pick} />
          </fieldset>
        ))}
        {!groups.length && <Text size="small" className="text-ui-fg-subtle">{t("jewelry.settings.noInventoryTypes")}</Text>}
      </div>
    </Field>
  )
}

/** Applicable Departments. */
export function DepartmentChecks({ departments, ...pick }: { departments: Department[] } & Pick) {
  const { t } = useTranslation()
  return (
    <Field label={t("jewelry.settings.applicableDepartments")} error={pick.error} testId="stage-departments">
      <div className="shadow-borders-base rounded-md p-3">
        <CheckGrid records={departments} kind="department" prefix={t("jewelry.settings.departmentPrefix")} {...pick} />
        {!departments.length && <Text size="small" className="text-ui-fg-subtle">{t("jewelry.settings.noDepartments")}</Text>}
      </div>
    </Field>
  )
}
