import { PencilSquare, Trash } from "@medusajs/icons"
import { Button, Input, Table, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import type { Department } from "../../../types/production-settings"
import { useCreateDepartment, useDeleteDepartment } from "../../hooks/api/production-catalog"
import { fieldErrors } from "../../lib/field-errors"
import { Field, Section } from "../field"
import { DEPARTMENT_FIELDS, DepartmentRenameRow } from "./department-rename-row"
import { ConfirmRemove, Empty, FormError, RowMenu, SectionTable } from "./parts"

/** Add a department: name and code, under the list. */
function AddDepartment() {
  const { t } = useTranslation()
  const [name, setName] = useState("")
  const [code, setCode] = useState("")
  const create = useCreateDepartment()
  const errors = fieldErrors(create.error, DEPARTMENT_FIELDS)
  const add = (e: FormEvent) => {
    e.preventDefault()
    const body = { name: name.trim(), code: code.trim() || null }
    create.mutate(body, {
      onSuccess: () => {
        toast.success(t("jewelry.settings.departmentAdded", { name: body.name }))
        setName("")
        setCode("")
      },
    })
  }
  return (
    <form onSubmit={add} className="grid grid-cols-1 items-start gap-3 px-6 py-4 sm:grid-cols-[minmax(0,1fr)_160px_auto]">
      <Field label={t("jewelry.settings.departmentName")} htmlFor="department-name" error={errors.name}>
        <Input id="department-name" size="small" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t("jewelry.settings.code")} htmlFor="department-code" error={errors.code}>
        <Input id="department-code" size="small" autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} />
      </Field>
      <Button type="submit" size="small" variant="secondary" className="sm:mt-7" disabled={!name.trim()} isLoading={create.isPending} data-testid="add-department">
        {t("jewelry.settings.addDepartment")}
      </Button>
      <FormError error={errors._form} className="sm:col-span-3" />
    </form>
  )
}

/** Departments: who is responsible for each stage. Add (name, code), rename, remove. */
export function DepartmentsSection({ departments, readOnly }: { departments: Department[]; readOnly: boolean }) {
  const { t } = useTranslation()
  const [renaming, setRenaming] = useState<string | null>(null)
  const [removing, setRemoving] = useState<Department | null>(null)
  const remove = useDeleteDepartment()
  const onRemove = (d: Department) =>
    remove.mutate(d.id, {
      onSuccess: () => toast.success(t("jewelry.settings.removed", { name: d.name })),
      onError: (e) => toast.error(e.message),
      onSettled: () => setRemoving(null),
    })

  return (
    <Section title={t("jewelry.settings.departmentsTitle")} description={t("jewelry.settings.departmentsDescription")} testId="section-departments" flush>
      <SectionTable heads={[{ label: t("jewelry.settings.name") }, { label: t("jewelry.settings.code") }, {}]}>
        {departments.map((d) =>
          renaming === d.id ? (
            <DepartmentRenameRow key={d.id} department={d} onDone={() => setRenaming(null)} />
          ) : (
            <Table.Row key={d.id} data-testid="department-row" data-department-name={d.name}>
              <Table.Cell>{d.name}</Table.Cell>
              <Table.Cell>{d.code ?? <Empty />}</Table.Cell>
              <Table.Cell className="text-right">
                {!readOnly && (
                  <RowMenu
                    label={t("jewelry.settings.actionsFor", { name: d.name })}
                    testId="department-menu"
                    actions={[
                      { label: t("jewelry.settings.rename"), icon: <PencilSquare />, onClick: () => setRenaming(d.id) },
                      { label: t("jewelry.remove"), icon: <Trash />, separated: true, onClick: () => setRemoving(d) },
                    ]}
                  />
                )}
              </Table.Cell>
            </Table.Row>
          )
        )}
      </SectionTable>
      {!departments.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("jewelry.settings.noDepartments")}
        </Text>
      )}
      {!readOnly && <AddDepartment />}
      <ConfirmRemove record={removing} description={t("jewelry.settings.removeDepartmentHint")} onCancel={() => setRemoving(null)} onConfirm={onRemove} />
    </Section>
  )
}
