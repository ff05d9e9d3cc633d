import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { toleranceCheck } from "../../../lib/production-metrics"
import { hasRole, Role } from "../../../lib/roles"
import { formatDecimal, fromGrams, toDecimal, WeightUnit } from "../../../lib/units"
import { lossStandardCheck } from "../../../lib/job-figures"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
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
  vendor_supplier_id?: string | null
}

/** An outside vendor named by supplier: it must exist; its name fills the vendor name when none is given. */
async function vendorSupplier(container: any, input: JobStageInput) {
  if (!input.vendor_supplier_id) return null
  const [supplier] = await container.resolve(PURCHASING_MODULE).listSuppliers({ id: [input.vendor_supplier_id] }, { take: 1 })
  if (!supplier) throw new MedusaError(MedusaError.Types.INVALID_DATA, `vendor_supplier_id: supplier "${input.vendor_supplier_id}" does not exist`)
  if (input.vendor_type === "in_house") throw new MedusaError(MedusaError.Types.INVALID_DATA, "vendor_supplier_id: an in-house stage has no outside vendor")
  return supplier
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
    const supplier = await vendorSupplier(container, input)
    const existing = await service.listProductionJobStages({ job_id: job.id } as any, { order: { rank: "DESC" }, take: 1 })
    const created: any = await service.createProductionJobStages({
      job_id: job.id,
      stage_id: stage.id,
      stage_name: stage.name,
      rank: existing.length ? (existing[0] as any).rank + 1 : 0,
      vendor_type: supplier ? "outside" : (input.vendor_type ?? "in_house"),
      vendor_name: input.vendor_name ?? supplier?.name ?? null,
      vendor_supplier_id: supplier?.id ?? null,
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
    for (const k of ["vendor_type", "vendor_name", "status", "department_id", "assignee_user_id", "vendor_supplier_id"] as const) {
      if (input[k] !== undefined) patch[k] = input[k]
    }
    const supplier = await vendorSupplier(container, { ...input, vendor_type: input.vendor_type ?? current.vendor_type })
    if (supplier) {
      patch.vendor_type = "outside"
      if (input.vendor_name === undefined) patch.vendor_name = supplier.name
    }
    if (input.vendor_type === "in_house" && input.vendor_supplier_id === undefined) patch.vendor_supplier_id = null
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

/**
 * The loss standard gate (SPEC 4c): a stage whose loss is past its allowed
 * % completes only with a manager's or admin's override reason. Refused with
 * 409 and the figures without one; a member's reason is a 403.
 */
export function lossGate(
  check: ReturnType<typeof lossStandardCheck>,
  override: { reason?: string | null; role: Role },
  stageName: string,
  unit: WeightUnit
): { override_reason: string | null } {
  if (check.within) return { override_reason: null }
  const reason = override.reason?.trim()
  const shown = (g: string) => `${formatDecimal(fromGrams(g, unit), 4)} ${unit}`
  if (!reason) {
    const error: any = new MedusaError(
      MedusaError.Types.CONFLICT,
      `loss_override_reason: stage "${stageName}" lost ${shown(check.loss!)} of the ${shown(check.issued)} it was issued (${check.loss_pct}%), past its ${check.standard_pct}% loss standard; a manager or admin can complete it with an override reason`
    )
    error.figures = { stage: stageName, issued: shown(check.issued), loss: shown(check.loss!), loss_pct: check.loss_pct, standard_pct: check.standard_pct }
    throw error
  }
  if (!hasRole(override.role, "manager")) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `loss_override_reason: only managers and admins can override a loss standard; your role is ${override.role}`)
  }
  return { override_reason: reason }
}

/** Figures of one job stage as if it were complete: what it was issued, its loss and its standard. */
export async function stageAsCompleted(service: any, jobId: string, jobStageId: string) {
  const figures = (await service.jobFigures([jobId])).get(jobId)
  const st = figures.stages.find((x: any) => x.id === jobStageId)
  const returned = toDecimal(st.received).plus(st.rejected).plus(st.scrapped)
  return { ...st, loss: toDecimal(st.issued).minus(returned).toFixed() }
}

export const completeJobStageStep = createStep(
  "complete-production-job-stage",
  async (
    input: { job_id: string; job_stage_id: string; override_reason?: string | null; loss_override_reason?: string | null; actor_id?: string | null; role: Role },
    { container }
  ) => {
    const service = production(container)
    const job = await retrieveActiveJob(service, input.job_id)
    const stage = await retrieveJobStage(service, job.id, input.job_stage_id)
    if (stage.status === "completed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: stage "${stage.stage_name}" is already completed`)
    const settings = await service.getSettings()
    const [catalog] = await service.listProductionStages({ id: stage.stage_id }, { take: 1 })
    const figures = await stageAsCompleted(service, job.id, stage.id)
    const check = toleranceCheck(figures, settings.weight_tolerance_percent as any)
    const { override_reason } = toleranceGate(check, { reason: input.override_reason, role: input.role }, `stage "${stage.stage_name}"`)
    const standard = (catalog as any)?.loss_standard_pct ?? null
    const loss = lossStandardCheck(figures, standard === null ? null : String(standard))
    const { override_reason: lossReason } = lossGate(loss, { reason: input.loss_override_reason, role: input.role }, stage.stage_name, job.weight_unit)
    const previous = {
      id: stage.id,
      status: stage.status,
      completed_at: stage.completed_at,
      tolerance_override_reason: stage.tolerance_override_reason,
      tolerance_override_by: stage.tolerance_override_by,
      loss_standard_pct: null,
      issued_grams: null,
      loss_grams: null,
      loss_pct: null,
      loss_override_reason: null,
      loss_override_by: null,
    }
    const updated = await service.updateProductionJobStages({
      id: stage.id,
      status: "completed",
      completed_at: new Date(),
      started_at: stage.started_at ?? new Date(),
      tolerance_override_reason: override_reason,
      tolerance_override_by: override_reason ? input.actor_id ?? null : null,
      ...completionSnapshot(figures, standard),
      loss_override_reason: lossReason,
      loss_override_by: lossReason ? input.actor_id ?? null : null,
    } as any)
    const jobPrev = { id: job.id, status: job.status }
    if (job.status === "open") await service.updateProductionJobs({ id: job.id, status: "in_progress" } as any)
    return new StepResponse({ stage: updated, tolerance: check, loss }, { previous, jobPrev })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = production(container)
    await service.updateProductionJobStages(undo.previous as any)
    await service.updateProductionJobs(undo.jobPrev as any)
  }
)

/** What a completed stage keeps: its standard, what it was issued and lost, in grams, and the loss %. */
export function completionSnapshot(figures: { issued: string; loss: string | null }, standard: unknown) {
  const issued = toDecimal(figures.issued)
  const loss = toDecimal(figures.loss ?? "0")
  return {
    loss_standard_pct: standard === null || standard === undefined ? null : String(standard),
    issued_grams: issued.toFixed(),
    loss_grams: loss.toFixed(),
    loss_pct: issued.isZero() ? null : loss.div(issued).times(100).decimalPlaces(4, BigNumber.ROUND_HALF_UP).toFixed(),
  }
}

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
