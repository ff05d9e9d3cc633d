import type { TFunction } from "i18next"
import { staffName, type StaffUser } from "../../hooks/api/medusa"
import type { Supplier } from "../../hooks/api/suppliers"
import type { JobStageView } from "../../hooks/api/production-jobs"

/** Held-by choices: staff members and suppliers, as "user:<id>" / "supplier:<id>". */
export function holderOptions(users: StaffUser[], suppliers: Supplier[], t: TFunction): [string, string][] {
  return [
    ...users.map((u): [string, string] => [`user:${u.id}`, `${t("jewelry.holder.staff")} · ${staffName(u)}`]),
    ...suppliers.map((s): [string, string] => [`supplier:${s.id}`, `${t("jewelry.holder.vendor")} · ${s.name}`]),
  ]
}

/** The holder the body sends: nothing for the stage's default. */
export const holderBody = (v: string | undefined) => (v ? { holder: { type: v.slice(0, v.indexOf(":")) as "user" | "supplier", id: v.slice(v.indexOf(":") + 1) } } : {})

/** Who holds the metal when no one is named (the server's rule): the stage's outside vendor, else its assignee, else you. */
export function defaultHolder(stage: JobStageView | undefined, users: StaffUser[], t: TFunction): string {
  if (stage?.vendor_type === "outside" && stage.vendor_supplier_id) return t("jewelry.job.defaultVendor", { name: stage.vendor_name ?? "" })
  const assignee = users.find((u) => u.id === stage?.assignee_user_id)
  if (assignee) return t("jewelry.job.defaultAssignee", { name: staffName(assignee) })
  return t("jewelry.job.defaultYou")
}
