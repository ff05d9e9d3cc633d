import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { ACTIVE_JOB_STATUSES } from "../../../modules/production/models/job"
import { currentStage, jobNumber } from "../../utils/job-view"

const DAY = 86400000

/**
 * Every active job of all three kinds in one queue: current stage, assignee,
 * due date, days in stage, overdue and rush flags. Rush first, then overdue,
 * then by due date.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const jobs: any[] = await service.listProductionJobs({ status: [...ACTIVE_JOB_STATUSES] } as any, { take: 1000 })
  const stages: any[] = jobs.length
    ? await service.listProductionJobStages({ job_id: jobs.map((j) => j.id) } as any, { take: null as any })
    : []
  const userIds = [
    ...new Set([...jobs.map((j) => j.responsible_user_id), ...stages.map((s) => s.assignee_user_id)].filter(Boolean)),
  ] as string[]
  const users = userIds.length ? await req.scope.resolve(Modules.USER).listUsers({ id: userIds }) : []
  const name = (id: string | null) => {
    const u: any = users.find((x: any) => x.id === id)
    return u ? [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email : null
  }
  const departments = await service.listProductionDepartments({}, { take: null as any })
  const now = Date.now()
  const today = new Date(new Date().toISOString().slice(0, 10)).getTime()
  const queue = jobs.map((j) => {
    const own = stages.filter((s) => s.job_id === j.id)
    const cur = currentStage(own)
    const due = cur?.due_date ?? j.target_date
    const since = cur?.started_at ?? (cur ? cur.created_at : j.created_at)
    const assignee = cur?.assignee_user_id ?? j.responsible_user_id ?? null
    return {
      id: j.id,
      display_number: jobNumber(j),
      kind: j.kind,
      mode: j.mode,
      status: j.status,
      title: j.title,
      quantity: j.quantity,
      current_stage: cur ? { id: cur.id, name: cur.stage_name, status: cur.status, vendor_type: cur.vendor_type, vendor_name: cur.vendor_name } : null,
      department: departments.find((d: any) => d.id === (cur?.department_id ?? j.department_id))?.name ?? null,
      assignee: assignee ? { id: assignee, name: name(assignee) } : null,
      due_date: due,
      target_date: j.target_date,
      days_in_stage: Math.max(0, Math.floor((now - new Date(since).getTime()) / DAY)),
      overdue: new Date(j.target_date).getTime() < today || (cur?.due_date ? new Date(cur.due_date).getTime() < today : false),
      rush: j.rush,
      order_id: j.order_id,
    }
  })
  queue.sort(
    (a, b) =>
      Number(b.rush) - Number(a.rush) ||
      Number(b.overdue) - Number(a.overdue) ||
      new Date(a.due_date).getTime() - new Date(b.due_date).getTime()
  )
  const counts = {
    total: queue.length,
    production: queue.filter((q) => q.kind === "production").length,
    custom: queue.filter((q) => q.kind === "custom").length,
    repair: queue.filter((q) => q.kind === "repair").length,
    overdue: queue.filter((q) => q.overdue).length,
    rush: queue.filter((q) => q.rush).length,
  }
  res.json({ queue, counts, generated_at: new Date().toISOString() })
}
