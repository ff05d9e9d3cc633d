import { Input, Label, ProgressTabs, Switch, Textarea } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Field } from "../field"
import { useApi } from "../../hooks/use-api"
import { WEIGHT_UNITS } from "../../hooks/use-lookups"

type Props = {
  f: Record<string, any>
  setF: (f: Record<string, any>) => void
  set: (k: string) => (e: { target: { value: string } }) => void
  sel: (id: string, key: string, options: [string, string][], placeholder: string, optional?: boolean) => ReactNode
  errors: Record<string, string>
}

/** The job form's second and third steps: the physical specs asked for, and the issue details (dates, who, rush, notes). */
export function JobFormDetails({ f, setF, set, sel, errors }: Props) {
  const users = useApi<{ users: any[] }>("/admin/users")
  const departments = useApi<{ departments: any[] }>("/admin/production/departments")
  return (
    <>
      <ProgressTabs.Content value="specs" className="flex flex-col gap-y-3">
        <div className="grid grid-cols-2 gap-3">
          <Field label="Shape" htmlFor="job-shape" error={errors.requested_shape}><Input id="job-shape" value={f.requested_shape ?? ""} onChange={set("requested_shape")} /></Field>
          <Field label="Size" htmlFor="job-size" error={errors.requested_size}><Input id="job-size" value={f.requested_size ?? ""} onChange={set("requested_size")} /></Field>
          <Field label="Pieces requested" htmlFor="job-pieces" error={errors.requested_pieces}><Input id="job-pieces" type="number" min={0} value={f.requested_pieces ?? ""} onChange={set("requested_pieces")} /></Field>
          <div className="grid grid-cols-[1fr_90px] gap-2">
            <Field label="Weight requested" htmlFor="job-weight" error={errors.requested_weight} hint="The base of the progress bar; else the issued weight.">
              <Input id="job-weight" inputMode="decimal" value={f.requested_weight ?? ""} onChange={set("requested_weight")} />
            </Field>
            <Field label="Unit" htmlFor="job-unit" error={errors.weight_unit}>{sel("job-unit", "weight_unit", WEIGHT_UNITS.map((u) => [u, u]), "Unit")}</Field>
          </div>
          <Field label="Per-item requests" htmlFor="job-basis" error={errors.request_basis}>
            {sel("job-basis", "request_basis", [["total", "One request for the whole job"], ["per_item", "The same request for each piece"]], "Basis")}
          </Field>
        </div>
      </ProgressTabs.Content>
      <ProgressTabs.Content value="issue" className="flex flex-col gap-y-3">
        <div className="grid grid-cols-2 gap-3">
          <Field label="Issued date" htmlFor="job-issued" error={errors.issued_at}><Input id="job-issued" type="date" value={f.issued_at ?? ""} onChange={set("issued_at")} /></Field>
          <Field label="Target date" htmlFor="job-target" error={errors.target_date} hint="Today + the default due-date offset."><Input id="job-target" type="date" value={f.target_date ?? ""} onChange={set("target_date")} /></Field>
          <Field label="Staff deadline" htmlFor="job-deadline" error={errors.staff_deadline}><Input id="job-deadline" type="date" value={f.staff_deadline ?? ""} onChange={set("staff_deadline")} /></Field>
          <Field label="Responsible staff" htmlFor="job-responsible" error={errors.responsible_user_id}>
            {sel("job-responsible", "responsible_user_id", (users.data?.users ?? []).map((u) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email]), "Nobody yet", true)}
          </Field>
          <Field label="Department" htmlFor="job-department" error={errors.department_id}>
            {sel("job-department", "department_id", (departments.data?.departments ?? []).map((d) => [d.id, d.name]), "None", true)}
          </Field>
          <div className="flex items-center gap-x-2 pt-6">
            <Switch id="job-rush" checked={!!f.rush} onCheckedChange={(v) => setF({ ...f, rush: v })} />
            <Label htmlFor="job-rush" size="small">Rush</Label>
          </div>
        </div>
        <Field label="Notes" htmlFor="job-notes" error={errors.notes}><Textarea id="job-notes" value={f.notes ?? ""} onChange={set("notes")} /></Field>
      </ProgressTabs.Content>
    </>
  )
}
