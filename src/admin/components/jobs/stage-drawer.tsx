import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { staffName, useStaffUsers } from "../../hooks/api/medusa"
import { useJobAction, type JobStageView } from "../../hooks/api/production-jobs"
import { useSuppliers } from "../../hooks/api/suppliers"
import { useDepartments, useStages } from "../../hooks/api/production-settings"
import { ActionDrawer, type ActionField } from "./action-drawer"

/**
 * Adds a stage to the job, or edits one (`stage`): in-house with an assignee
 * from the staff, or an outside vendor picked from the suppliers; either
 * holds the metal issued there unless an issue names someone else.
 */
export function StageDrawer({ jobId, open, stage, onClose }: { jobId: string; open: boolean; stage: JobStageView | null; onClose: () => void }) {
  const { t } = useTranslation()
  const catalog = useStages({ is_active: true })
  const departments = useDepartments()
  const users = useStaffUsers().data ?? []
  const suppliers = useSuppliers().data ?? []
  const action = useJobAction(jobId)
  const fields: ActionField[] = [
    ...(stage ? [] : [{ key: "stage_id", label: t("jewelry.stage"), type: "select" as const, required: true, options: (catalog.data?.stages ?? []).map((s): [string, string] => [s.id, s.name]) }]),
    { key: "vendor_type", label: t("jewelry.job.vendor"), type: "select", options: [["in_house", t("jewelry.job.inHouseOption")], ["outside", t("jewelry.job.outsideVendor")]] },
    { key: "assignee_user_id", label: t("jewelry.job.assignee"), type: "select", options: users.map((u): [string, string] => [u.id, staffName(u)]), emptyLabel: t("jewelry.job.noAssignee"), when: (v) => v.vendor_type !== "outside", hint: t("jewelry.job.assigneeHint") },
    { key: "vendor_supplier_id", label: t("jewelry.job.outsideVendor"), type: "select", options: suppliers.map((s): [string, string] => [s.id, s.name]), emptyLabel: t("jewelry.job.notASupplier"), when: (v) => v.vendor_type === "outside", hint: t("jewelry.job.vendorHint") },
    { key: "vendor_name", label: t("jewelry.job.vendorName"), when: (v) => v.vendor_type === "outside" && !v.vendor_supplier_id },
    { key: "cost", label: t("jewelry.job.cost") },
    { key: "due_date", label: t("jewelry.job.dueDate"), type: "date" },
    { key: "department_id", label: t("jewelry.department"), type: "select", options: (departments.data ?? []).map((d): [string, string] => [d.id, d.name]), emptyLabel: t("jewelry.job.noDepartment") },
  ]
  const initial = stage
    ? {
        vendor_type: stage.vendor_type,
        assignee_user_id: stage.assignee_user_id ?? "",
        vendor_supplier_id: stage.vendor_supplier_id ?? "",
        vendor_name: stage.vendor_supplier_id ? "" : stage.vendor_name ?? "",
        cost: stage.cost ?? "",
        due_date: stage.due_date ? stage.due_date.slice(0, 10) : "",
        department_id: stage.department_id ?? "",
      }
    : { vendor_type: "in_house" }
  return (
    <ActionDrawer
      open={open}
      title={stage ? t("jewelry.job.editStage", { stage: stage.stage_name }) : t("jewelry.job.addStage")}
      testId={stage ? "edit-stage" : "add-stage"}
      initial={initial}
      fields={fields}
      onClose={onClose}
      onSubmit={async (v) => {
        const outside = v.vendor_type === "outside"
        const body = {
          vendor_type: v.vendor_type,
          vendor_supplier_id: outside ? v.vendor_supplier_id || null : null,
          vendor_name: outside ? (v.vendor_supplier_id ? undefined : v.vendor_name || null) : null,
          assignee_user_id: outside ? null : v.assignee_user_id || null,
          cost: v.cost || undefined,
          due_date: v.due_date || null,
          department_id: v.department_id || null,
        }
        await action.mutateAsync(stage ? { path: `/stages/${stage.id}`, body } : { path: "/stages", body: { stage_id: v.stage_id, ...body } })
        toast.success(stage ? t("jewelry.job.stageSaved", { stage: stage.stage_name }) : t("jewelry.job.stageAdded"))
      }}
    />
  )
}
