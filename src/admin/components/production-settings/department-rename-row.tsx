import { Button, Input, Table, toast } from "@medusajs/ui"
import { useState, type KeyboardEvent } from "react"
import { useTranslation } from "react-i18next"
import type { Department } from "../../../types/production-settings"
import { useUpdateDepartment } from "../../hooks/api/production-catalog"
import { fieldErrors } from "../../lib/field-errors"
import { FormError } from "./parts"

export const DEPARTMENT_FIELDS = ["name", "code"] as const

/** A department renamed in its row: Enter saves, Esc cancels. */
export function DepartmentRenameRow({ department, onDone }: { department: Department; onDone: () => void }) {
  const { t } = useTranslation()
  const [name, setName] = useState(department.name)
  const [code, setCode] = useState(department.code ?? "")
  const update = useUpdateDepartment()
  const errors = fieldErrors(update.error, DEPARTMENT_FIELDS)
  const save = () =>
    update.mutate(
      { id: department.id, name: name.trim(), code: code.trim() || null },
      {
        onSuccess: () => {
          toast.success(t("jewelry.settings.departmentSaved", { name: name.trim() }))
          onDone()
        },
      }
    )
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Enter") save()
    if (e.key === "Escape") onDone()
  }
  return (
    <Table.Row data-testid="department-rename">
      <Table.Cell className="py-2 align-top">
        <Input size="small" aria-label={t("jewelry.settings.departmentName")} autoFocus value={name} onChange={(e) => setName(e.target.value)} onKeyDown={onKey} />
        <FormError error={errors.name ?? errors._form} className="mt-1" />
      </Table.Cell>
      <Table.Cell className="py-2 align-top">
        <Input size="small" aria-label={t("jewelry.settings.departmentCode")} value={code} onChange={(e) => setCode(e.target.value)} onKeyDown={onKey} />
        <FormError error={errors.code} className="mt-1" />
      </Table.Cell>
      <Table.Cell className="py-2 text-right align-top">
        <div className="flex justify-end gap-x-2">
          <Button size="small" variant="secondary" onClick={onDone}>
            {t("jewelry.cancel")}
          </Button>
          <Button size="small" onClick={save} disabled={!name.trim()} isLoading={update.isPending}>
            {t("jewelry.settings.save")}
          </Button>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}
