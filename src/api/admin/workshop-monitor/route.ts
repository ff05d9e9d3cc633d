import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { jobNumber } from "../../utils/job-view"
import type { ListWorkshopQueueType } from "./validators"
import { WORKSHOP_QUEUE_DEFAULT_LIMIT, type WorkshopQueueItem, type WorkshopQueueResponse } from "../../../types/workshop-monitor"

const DAY = 86400000

/**
 * Every active job of all three kinds in one queue: current stage, assignee,
 * due date, days in stage, overdue and rush flags. Rush first, then overdue,
 * then by due date. The database sorts, pages (`limit`, `offset`) and counts:
 * `count` is the exact number of jobs the pages add up to and `counts` the
 * exact figures of the whole queue, whatever its size.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListWorkshopQueueType>, res: MedusaResponse) {
  const q = (req.validatedQuery ?? {}) as ListWorkshopQueueType
  const limit = q.limit ?? WORKSHOP_QUEUE_DEFAULT_LIMIT
  const offset = q.offset ?? 0
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const now = Date.now()
  const today = new Date(new Date(now).toISOString().slice(0, 10))
  const [{ rows, counts }, departments] = await Promise.all([
    service.workshopQueue({ limit, offset, today, kind: q.kind }),
    service.listProductionDepartments({}, { select: ["id", "name"], take: null as any }),
  ])
  const userIds = [...new Set(rows.map((r) => r.assignee_user_id ?? r.responsible_user_id).filter(Boolean))] as string[]
  const users = userIds.length ? await req.scope.resolve(Modules.USER).listUsers({ id: userIds }, { select: ["id", "email", "first_name", "last_name"] }) : []
  const userName = new Map(users.map((u: any) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email]))
  const departmentName = new Map(departments.map((d: any) => [d.id, d.name as string]))
  const iso = (x: string | null) => (x ? new Date(x).toISOString() : null)
  const queue: WorkshopQueueItem[] = rows.map((r) => {
    const since = r.stage_id ? (r.stage_started_at ?? r.stage_created_at) : r.created_at
    const assignee = r.stage_id ? (r.assignee_user_id ?? r.responsible_user_id) : r.responsible_user_id
    const department = r.stage_id ? (r.stage_department_id ?? r.department_id) : r.department_id
    return {
      id: r.id,
      display_number: jobNumber(r),
      kind: r.kind as WorkshopQueueItem["kind"],
      mode: r.mode,
      status: r.status,
      title: r.title,
      quantity: r.quantity,
      current_stage: r.stage_id
        ? { id: r.stage_id, name: r.stage_name!, status: r.stage_status!, vendor_type: r.vendor_type!, vendor_name: r.vendor_name }
        : null,
      department: department ? (departmentName.get(department) ?? null) : null,
      assignee: assignee ? { id: assignee, name: userName.get(assignee) ?? null } : null,
      due_date: iso(r.due_date)!,
      target_date: iso(r.target_date)!,
      days_in_stage: Math.max(0, Math.floor((now - new Date(since!).getTime()) / DAY)),
      overdue: r.overdue,
      rush: r.rush,
      order_id: r.order_id,
    }
  })
  const body: WorkshopQueueResponse = {
    queue,
    counts,
    count: q.kind ? counts[q.kind as "production" | "custom" | "repair"] : counts.total,
    limit,
    offset,
    generated_at: new Date(now).toISOString(),
  }
  res.json(body)
}
