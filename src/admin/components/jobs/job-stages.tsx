import { Badge, Button, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { staffName, useStaffUsers } from "../../hooks/api/medusa"
import type { JobStageView } from "../../hooks/api/production-jobs"
import { useDepartments } from "../../hooks/api/production-settings"
import { dash, dateOnly, money } from "../../lib/format"
import { JobTableSection } from "./job-table-section"

/** The job's stages: who does each (in-house assignee or outside vendor), department, due date, cost, status; edit or complete. */
export function JobStages({ stages, active, onEdit, onComplete }: { stages: JobStageView[]; active: boolean; onEdit: (s: JobStageView) => void; onComplete: (s: JobStageView) => void }) {
  const { t } = useTranslation()
  const users = useStaffUsers()
  const departments = useDepartments()
  const who = (s: JobStageView) => {
    const assignee = users.data?.find((u) => u.id === s.assignee_user_id)
    if (s.vendor_type === "outside") return s.vendor_name ?? t("jewelry.job.outsideVendor")
    return assignee ? `${t("jewelry.job.inHouse")} · ${staffName(assignee)}` : t("jewelry.job.inHouse")
  }
  const columns = [t("jewelry.stage"), t("jewelry.job.doneBy"), t("jewelry.department"), t("jewelry.job.due"), { label: t("jewelry.job.cost"), right: true }, t("jewelry.lots.statusLabel"), ""]
  return (
    <JobTableSection title={t("jewelry.job.stagesTitle")} columns={columns}>
      {stages.map((s) => (
        <Table.Row key={s.id} data-testid="job-stage-row" data-stage={s.stage_name}>
          <Table.Cell>{s.stage_name}</Table.Cell>
          <Table.Cell data-testid="stage-done-by">{who(s)}</Table.Cell>
          <Table.Cell>{departments.data?.find((d) => d.id === s.department_id)?.name ?? dash}</Table.Cell>
          <Table.Cell>{dateOnly(s.due_date)}</Table.Cell>
          <Table.Cell className="text-right">{money(s.cost)}</Table.Cell>
          <Table.Cell>
            <Badge size="2xsmall" color={s.status === "completed" ? "green" : s.status === "in_progress" ? "blue" : "grey"}>{t(`jewelry.job.stageStatuses.${s.status}`)}</Badge>
          </Table.Cell>
          <Table.Cell className="text-right">
            {active && s.status !== "completed" && (
              <div className="flex justify-end gap-x-1">
                <Button size="small" variant="transparent" onClick={() => onEdit(s)} data-testid="edit-stage">{t("jewelry.job.edit")}</Button>
                <Button size="small" variant="transparent" onClick={() => onComplete(s)} data-testid="complete-stage">{t("jewelry.job.complete")}</Button>
              </div>
            )}
            {s.tolerance_override_reason && <Text size="xsmall" className="text-ui-fg-subtle">{t("jewelry.job.toleranceOverride", { reason: s.tolerance_override_reason })}</Text>}
          </Table.Cell>
        </Table.Row>
      ))}
    </JobTableSection>
  )
}
