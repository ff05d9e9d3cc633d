import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { ACTIVE_JOB_STATUSES } from "../../../modules/production/models/job"

export const production = (container: any): ProductionModuleService => container.resolve(PRODUCTION_MODULE)

export async function retrieveJob(service: ProductionModuleService, id: string) {
  const [job] = await service.listProductionJobs({ id }, { take: 1 })
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production job with id "${id}" was not found`)
  return job as any
}

export async function retrieveActiveJob(service: ProductionModuleService, id: string) {
  const job = await retrieveJob(service, id)
  if (!(ACTIVE_JOB_STATUSES as readonly string[]).includes(job.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: job ${jobNumber(job)} is ${job.status}; it takes no more work`)
  }
  return job
}

export async function retrieveJobStage(service: ProductionModuleService, jobId: string, jobStageId: string) {
  const [stage] = await service.listProductionJobStages({ id: jobStageId, job_id: jobId } as any, { take: 1 })
  if (!stage) throw new MedusaError(MedusaError.Types.INVALID_DATA, `job_stage_id: stage "${jobStageId}" is not on this job`)
  return stage as any
}

export const jobNumber = (job: { number: number }) => `JOB-${String(job.number).padStart(5, "0")}`

/** With department mapping enforced, a stage takes only the departments it lists. */
export function assertDepartmentMapping(settings: any, stage: any, departmentId: string | null | undefined) {
  if (!departmentId || !settings.enforce_stage_department_mapping) return
  const allowed: string[] = stage.department_ids ?? []
  if (allowed.length && !allowed.includes(departmentId)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `department_id: stage "${stage.name}" is not mapped to this department (enforce stage to department mapping is on)`
    )
  }
}

/** With inventory mapping enforced, a stage takes only the inventory types it lists. */
export function assertInventoryMapping(settings: any, stage: any, item: { tag_id: string; inventory_type_id: string }, typeName: string) {
  if (!settings.enforce_stage_inventory_mapping) return
  const allowed: string[] = stage.inventory_type_ids ?? []
  if (allowed.length && !allowed.includes(item.inventory_type_id)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `stock_item_id: ${item.tag_id} is ${typeName}, which stage "${stage.name}" does not take (enforce stage to inventory mapping is on)`
    )
  }
}
