import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { toleranceCheck } from "../../../lib/production-metrics"
import { hasRole, Role } from "../../../lib/roles"
import { toDecimal } from "../../../lib/units"
import { assertDepartmentMapping, production, retrieveActiveJob, retrieveJobStage } from "./common"

export type JobStageInput = {
  stage_id?: string
  vendor_type?: "in_house" | "outside"
  vendor_name?: string | null
  cost?: string
  due_date?: string | null
  status?: "pending" | "in_progress" | "skipped"
  department_id?: string | null
  assignee_user_id?: string | null
}

async function catalogStage(service: any, id: string, field = "stage_id") {
  const [stage] = await service.listProductionStages({ id, archived_at: null }, { take: 1 })
  if (!stage) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: stage "${id}" does not exist`)
  return stage
}

function checkCost(cost?: string) {
  if (cost === undefined) return undefined
  let c
  try {
    c = toDecimal(cost)
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "cost: must be a decimal number")
  }
  if (c.isNegative()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "cost: must be 0 or more")
  return c.toFixed()
}

/** Adds a stage from the active catalog to a job. */
export const addJobStageStep = createStep(
  "add-production-job-stage",
  async (input: JobStageInput & { job_id: string }, { container }) => {
    const service = production(container)
    const job = await retrieveActiveJob(service, input.job_id)
    if (!input.stage_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "stage_id: pick a stage")
    const stage = await catalogStage(service, input.stage_id)
    if (!stage.is_active) throw new MedusaError(MedusaError.Types.INVALID_DATA, `stage_id: stage "${stage.name}" is not active`)
    const settings = await service.getSettings()
    assertDepartmentMapping(settings, stage, input.department_id)
    const existing = await service.listProductionJobStages({ job_id: job.id } as any, { order: { rank: "DESC" }, take: 1 })
    const created: any = await service.createProductionJobStages({
      job_id: job.id,
      stage_id: stage.id,
      stage_name: stage.name,
      rank: existing.length ? (existing[0] as any).rank + 1 : 0,
      vendor_type: input.vendor_type ?? "in_house",
      vendor_name: input.vendor_name ?? null,
      cost: checkCost(input.cost) ?? "0",
      due_date: input.due_date ? new Date(input.due_date) : null,
      status: input.status ?? "pending",
      department_id: input.department_id ?? null,
      assignee_user_id: input.assignee_user_id ?? null,
    } as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await production(container).deleteProductionJobStages(id)
  }
)

export const updateJobStageStep = createStep(
  "update-production-job-stage",
  async (input: JobStageInput & { job_id: string; job_stage_id: string }, { container }) => {
    const service = production(container)
    await retrieveActiveJob(service, input.job_id)
    const current = await retrieveJobStage(service, input.job_id, input.job_stage_id)
    if (current.status === "completed") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: stage "${current.stage_name}" is completed`)
    }
    if (input.department_id !== undefined) {
      const stage = (await service.listProductionStages({ id: current.stage_id }, { take: 1 }))[0]
      assertDepartmentMapping(await service.getSettings(), stage, input.department_id)
    }
    const patch: Record<string, unknown> = {}
    for (const k of ["vendor_type", "vendor_name", "status", "department_id", "assignee_user_id"] as const) {
      if (input[k] !== undefined) patch[k] = input[k]
    }
    if (input.cost !== undefined) patch.cost = checkCost(input.cost)
    if (input.due_date !== undefined) patch.due_date = input.due_date ? new Date(input.due_date) : null
    if (input.status === "in_progress" && !current.started_at) patch.started_at = new Date()
    const previous: Record<string, unknown> = { id: current.id }
    for (const k of Object.keys(patch)) previous[k] = current[k]
    const updated = await service.updateProductionJobStages({ id: current.id, ...patch } as any)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous) await production(container).updateProductionJobStages(previous as any)
  }
)

/** Overrides of the weight tolerance need a manager or admin and a reason. */
export function toleranceGate(
  check: ReturnType<typeof toleranceCheck>,
  override: { reason?: string | null; role: Role },
  what: string
): { override_reason: string | null } {
  if (check.within) return { override_reason: null }
  const reason = override.reason?.trim()
  if (!reason) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `override_reason: ${what} is ${check.variance_pct}% off the issued weight, past the ${check.tolerance_pct}% tolerance; a manager or admin can complete it with an override reason`
    )
  }
  if (!hasRole(override.role, "manager")) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `override_reason: only managers and admins can override the weight tolerance; your role is ${override.role}`)
  }
  return { override_reason: reason }
}

export const completeJobStageStep = createStep(
  "complete-production-job-stage",
  async (input: { job_id: string; job_stage_id: string; override_reason?: string | null; actor_id?: string | null; role: Role }, { container }) => {
    const service = production(container)
    const job = await retrieveActiveJob(service, input.job_id)
    const stage = await retrieveJobStage(service, job.id, input.job_stage_id)
    if (stage.status === "completed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: stage "${stage.stage_name}" is already completed`)
    const settings = await service.getSettings()
    const grams = (await service.stageGrams(job.id)).get(stage.id)
    const check = toleranceCheck(grams ?? { issued: 0, received: 0, rejected: 0, scrapped: 0 }, settings.weight_tolerance_percent as any)
    const { override_reason } = toleranceGate(check, { reason: input.override_reason, role: input.role }, `stage "${stage.stage_name}"`)
    const previous = { id: stage.id, status: stage.status, completed_at: stage.completed_at, tolerance_override_reason: stage.tolerance_override_reason, tolerance_override_by: stage.tolerance_override_by }
    const updated = await service.updateProductionJobStages({
      id: stage.id,
      status: "completed",
      completed_at: new Date(),
      started_at: stage.started_at ?? new Date(),
      tolerance_override_reason: override_reason,
      tolerance_override_by: override_reason ? input.actor_id ?? null : null,
    } as any)
    const jobPrev = { id: job.id, status: job.status }
    if (job.status === "open") await service.updateProductionJobs({ id: job.id, status: "in_progress" } as any)
    return new StepResponse({ stage: updated, tolerance: check }, { previous, jobPrev })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = production(container)
    await service.updateProductionJobStages(undo.previous as any)
    await service.updateProductionJobs(undo.jobPrev as any)
  }
)

export const recordQaStep = createStep(
  "record-production-qa-check",
  async (input: { job_id: string; inspector: string; result: "pass" | "fail"; notes?: string | null; actor_id?: string | null }, { container }) => {
    const service = production(container)
    const job = await retrieveActiveJob(service, input.job_id)
    if (!input.inspector?.trim()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "inspector: who inspected the piece?")
    const qa: any = await service.createProductionQaChecks({
      job_id: job.id,
      inspector: input.inspector.trim(),
      result: input.result,
      notes: input.notes ?? null,
      recorded_by: input.actor_id ?? null,
    } as any)
    return new StepResponse(qa, qa.id)
  },
  async (id, { container }) => {
    if (id) await production(container).deleteProductionQaChecks(id)
  }
)

export const ZERO = new BigNumber(0)
