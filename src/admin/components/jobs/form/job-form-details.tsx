import { Input, Label, Switch, Textarea } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { WEIGHT_UNIT_CODES } from "../../../../lib/units"
import { staffName, useStaffUsers } from "../../../hooks/api/medusa"
import { useDepartments } from "../../../hooks/api/production-settings"
import { Field } from "../../field"
import { OptionSelect } from "../../option-select"
import { choiceOf, textOf, type FormPart } from "./job-form-state"

const UNITS = WEIGHT_UNIT_CODES.map((u): [string, string] => [u, u])

/** The job form's second step: the physical specs asked for. */
export function JobFormSpecs(part: FormPart) {
  const { t } = useTranslation()
  const { errors } = part
  return (
    <div className="grid grid-cols-2 gap-3">
      <Field label={t("jewelry.job.form.shape")} htmlFor="job-shape" error={errors.requested_shape}><Input {...textOf(part, "requested_shape", "job-shape")} /></Field>
      <Field label={t("jewelry.job.form.size")} htmlFor="job-size" error={errors.requested_size}><Input {...textOf(part, "requested_size", "job-size")} /></Field>
      <Field label={t("jewelry.job.form.pieces")} htmlFor="job-pieces" error={errors.requested_pieces}><Input type="number" min={0} {...textOf(part, "requested_pieces", "job-pieces")} /></Field>
      <div className="grid grid-cols-[1fr_90px] gap-2">
        <Field label={t("jewelry.job.form.weight")} htmlFor="job-weight" error={errors.requested_weight} hint={t("jewelry.job.form.weightHint")}>
          <Input inputMode="decimal" {...textOf(part, "requested_weight", "job-weight")} />
        </Field>
        <Field label={t("jewelry.unit")} htmlFor="job-unit" error={errors.weight_unit}>
          <OptionSelect {...choiceOf(part, "weight_unit", "job-unit")} options={UNITS} placeholder={t("jewelry.unit")} />
        </Field>
      </div>
      <Field label={t("jewelry.job.form.basis")} htmlFor="job-basis" error={errors.request_basis}>
        <OptionSelect
          {...choiceOf(part, "request_basis", "job-basis")}
          options={[["total", t("jewelry.job.form.basisTotal")], ["per_item", t("jewelry.job.form.basisPerItem")]]}
          placeholder={t("jewelry.job.form.basis")}
        />
      </Field>
    </div>
  )
}

/** The job form's third step: dates, who is responsible, the department, rush and notes. */
export function JobFormIssue(part: FormPart) {
  const { t } = useTranslation()
  const users = useStaffUsers().data ?? []
  const departments = useDepartments().data ?? []
  const { f, patch, errors } = part
  return (
    <>
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("jewelry.job.form.issued")} htmlFor="job-issued" error={errors.issued_at}><Input type="date" {...textOf(part, "issued_at", "job-issued")} /></Field>
        <Field label={t("jewelry.job.form.target")} htmlFor="job-target" error={errors.target_date} hint={t("jewelry.job.form.targetHint")}><Input type="date" {...textOf(part, "target_date", "job-target")} /></Field>
        <Field label={t("jewelry.job.form.deadline")} htmlFor="job-deadline" error={errors.staff_deadline}><Input type="date" {...textOf(part, "staff_deadline", "job-deadline")} /></Field>
        <Field label={t("jewelry.job.form.responsible")} htmlFor="job-responsible" error={errors.responsible_user_id}>
          <OptionSelect {...choiceOf(part, "responsible_user_id", "job-responsible")} options={users.map((u) => [u.id, staffName(u)])} placeholder={t("jewelry.job.form.nobody")} emptyLabel={t("jewelry.job.form.nobody")} />
        </Field>
        <Field label={t("jewelry.department")} htmlFor="job-department" error={errors.department_id}>
          <OptionSelect {...choiceOf(part, "department_id", "job-department")} options={departments.map((d) => [d.id, d.name])} placeholder={t("jewelry.job.noDepartment")} emptyLabel={t("jewelry.job.noDepartment")} />
        </Field>
        <div className="flex items-center gap-x-2 pt-6">
          <Switch id="job-rush" checked={!!f.rush} onCheckedChange={(v) => patch({ rush: v })} />
          <Label htmlFor="job-rush" size="small">{t("jewelry.job.form.rush")}</Label>
        </div>
      </div>
      <Field label={t("jewelry.notes")} htmlFor="job-notes" error={errors.notes}><Textarea {...textOf(part, "notes", "job-notes")} /></Field>
    </>
  )
}
