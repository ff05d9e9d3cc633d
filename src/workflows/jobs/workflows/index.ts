import { createHook, createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { production } from "../steps/common"
import { createStockItemsStep, recordMovementsStep, updateItemsFieldsStep } from "../../stock/steps/ledger"
import { createSelectionsStep, ensureReservationsStep, prepareSelectionStep, setItemStatusesStep } from "../../jewelry-orders/steps/selection"
import { moveRepairStep } from "../../repairs/steps/ticket"
import { syncMedusaInventoryStep } from "../../stock/steps/sync-medusa-inventory"
import { CreateJobInput, createJobStep, prepareJobStep } from "../steps/create-job"
import {
  createMaterialsStep,
  IssueLine,
  markConsumedItemsStep,
  markMaterialRemovedStep,
  prepareDeallocationStep,
  prepareIssueStep,
} from "../steps/materials"
import { createReceiptStep, prepareReceiptStep, ReceiveInput } from "../steps/receive"
import { addJobStageStep, completeJobStageStep, JobStageInput, recordQaStep, updateJobStageStep } from "../steps/stages-qa"
import { claimCloseOutStep, CloseOutInput, finalizeCloseOutStep, prepareCloseOutStep } from "../steps/close-out"
import type { Role } from "../../../lib/roles"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { closeStageCustodyStep, recordCustodyStep } from "../../metal/steps/custody"
import type { HolderInput } from "../../metal/holders"
import type { NewEntry } from "../../../modules/metal/service"

/** Jobs linked to an order line move the line's status: tell the order side (src/subscribers/order-status.ts). */
export const PRODUCTION_JOB_CHANGED = "jewelry.production_job.changed"
const jobChanged = (jobId: any, name: string) =>
  emitEventStep({ eventName: PRODUCTION_JOB_CHANGED, data: transform({ jobId }, ({ jobId }) => ({ id: jobId })) }).config({ name: `${name}-emit-job-changed` })

/** Issue steps shared by "issue stock", "allocate stones" and a job opened with stock to issue. */
const issueInto = (input: {
  job_id: string
  job_stage_id?: string | null
  lines: IssueLine[]
  kind: "issue" | "stone"
  actor_id?: string | null
  holder?: HolderInput
  location_ids?: string[] | null
}) => {
  const prepared = prepareIssueStep(input)
  const ledger = recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
  const materials = createMaterialsStep(
    transform({ prepared, ledger }, ({ prepared, ledger }) => ({
      drafts: prepared.drafts,
      movements: ledger.movements,
      job_id: prepared.job_id,
      job_stage_id: prepared.job_stage_id,
    }))
  )
  // The holder took it: +gross on their balance (SPEC 4b).
  recordCustodyStep(
    transform({ prepared, materials, input }, ({ prepared, materials, input }): NewEntry[] =>
      prepared.custody
        ? prepared.drafts.map((d, i) => ({
            ...prepared.custody!,
            holder_type: d.holder_type!,
            holder_id: d.holder_id!,
            entry_type: "issue" as const,
            bucket: null,
            metal: d.metal,
            fineness: d.fineness,
            gross_grams: d.grams,
            stock_item_id: d.stock_item_id,
            tag_id: d.tag_id,
            material_id: (materials as any[])[i]?.id ?? null,
            actor_id: input.actor_id ?? null,
          }))
        : []
    )
  ).config({ name: "record-issue-metal-custody" })
  markConsumedItemsStep(transform({ prepared }, ({ prepared }) => prepared.drafts.map((d) => d.stock_item_id)))
  syncMedusaInventoryStep(transform({ ledger }, ({ ledger }) => ledger.pairs))
  return materials
}

// The first stage's id is known only after the job exists: look it up, then issue.
const firstStageStep = createStep("find-first-production-job-stage", async (input: { job_id: string }, { container }) => {
  const [stage] = await production(container).listProductionJobStages({ job_id: input.job_id } as any, { order: { rank: "ASC" }, take: 1 })
  return new StepResponse((stage as any).id as string)
})
function prepareFirstStageIssue(input: any) {
  const stageId = firstStageStep(input)
  const full = transform({ input, stageId }, ({ input, stageId }) => ({ ...input, job_stage_id: stageId }))
  return issueInto(full)
}

/** Opens a production, custom or repair job, optionally issuing stock into its start stage at once. */
export const createProductionJobWorkflow = createWorkflow(
  "create-production-job",
  (input: CreateJobInput & { issue_lines?: IssueLine[]; location_ids?: string[] | null }) => {
    const prepared = prepareJobStep(input)
    const job = createJobStep(prepared)
    when({ input }, ({ input }) => !!input.issue_lines?.length).then(() => {
      const firstStage = transform({ job, input }, ({ job, input }) => ({ job_id: job.id, lines: input.issue_lines!, kind: "issue" as const, actor_id: input.created_by, location_ids: input.location_ids ?? null }))
      prepareFirstStageIssue(firstStage)
    })
    jobChanged(transform({ job }, ({ job }) => job.id), "create")
    // An app adds its own steps here: createProductionJobWorkflow.hooks.productionJobCreated(({ job }, { container }) => …)
    const created = createHook("productionJobCreated", { job })
    return new WorkflowResponse(job, { hooks: [created] })
  }
)

export const issueStockToJobWorkflow = createWorkflow(
  "issue-stock-to-production-job",
  (input: { job_id: string; job_stage_id: string; lines: IssueLine[]; actor_id?: string | null; holder?: HolderInput; location_ids?: string[] | null }) => {
    const issueInput = transform({ input }, ({ input }) => ({ ...input, kind: "issue" as const }))
    const materials = issueInto(issueInput)
    jobChanged(input.job_id, "issue")
    return new WorkflowResponse(materials)
  }
)

export const allocateStonesWorkflow = createWorkflow(
  "allocate-stones-to-production-job",
  (input: { job_id: string; job_stage_id?: string | null; lines: IssueLine[]; actor_id?: string | null; holder?: HolderInput; location_ids?: string[] | null }) => {
    const issueInput = transform({ input }, ({ input }) => ({ ...input, kind: "stone" as const }))
    return new WorkflowResponse(issueInto(issueInput))
  }
)

export const removeStoneAllocationWorkflow = createWorkflow(
  "remove-stone-allocation",
  (input: { job_id: string; material_id: string; actor_id?: string | null }) => {
    const prepared = prepareDeallocationStep(input)
    const ledger = recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
    recordCustodyStep(transform({ prepared }, ({ prepared }) => prepared.custody)).config({ name: "record-deallocation-metal-custody" })
    markMaterialRemovedStep(
      transform({ prepared, ledger }, ({ prepared, ledger }) => ({
        material_id: prepared.material.id,
        stock_item_id: prepared.material.stock_item_id,
        movement_id: ledger.movements[0].id,
      }))
    )
    syncMedusaInventoryStep(transform({ ledger }, ({ ledger }) => ledger.pairs))
    return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.material.id, removed: true })))
  }
)

export const receiveJobOutputWorkflow = createWorkflow("receive-production-job-output", (input: ReceiveInput) => {
  const prepared = prepareReceiptStep(input)
  const created = createStockItemsStep(
    transform({ prepared, input }, ({ prepared, input }) => ({
      items: prepared.items,
      actor_id: input.actor_id ?? null,
      reason: "receive",
      reference_type: "production_job",
      reference_id: input.job_id,
    }))
  )
  const receipt = createReceiptStep(
    transform({ prepared, created }, ({ prepared, created }) => ({ receipt: prepared.receipt, item_ids: created.items.map((i: any) => i.id) }))
  )
  recordCustodyStep(transform({ prepared, receipt }, ({ prepared, receipt }) => prepared.custody.map((c) => ({ ...c, receipt_id: receipt.id })))).config({
    name: "record-receipt-metal-custody",
  })
  jobChanged(input.job_id, "receive")
  return new WorkflowResponse(transform({ receipt, created }, ({ receipt, created }) => ({ receipt, items: created.items })))
})

export const addJobStageWorkflow = createWorkflow("add-production-job-stage", (input: JobStageInput & { job_id: string }) => {
  return new WorkflowResponse(addJobStageStep(input))
})

export const updateJobStageWorkflow = createWorkflow(
  "update-production-job-stage",
  (input: JobStageInput & { job_id: string; job_stage_id: string }) => new WorkflowResponse(updateJobStageStep(input))
)

export const completeJobStageWorkflow = createWorkflow(
  "complete-production-job-stage",
  (input: { job_id: string; job_stage_id: string; override_reason?: string | null; loss_override_reason?: string | null; actor_id?: string | null; role: Role }) => {
    const stage = completeJobStageStep(input)
    closeStageCustodyStep(transform({ input }, ({ input }) => ({ job_stage_ids: [input.job_stage_id], actor_id: input.actor_id ?? null })))
    jobChanged(input.job_id, "complete-stage")
    return new WorkflowResponse(stage)
  }
)

export const recordQaCheckWorkflow = createWorkflow(
  "record-production-qa-check",
  (input: { job_id: string; inspector: string; result: "pass" | "fail"; notes?: string | null; actor_id?: string | null }) => {
    const qa = recordQaStep(input)
    jobChanged(input.job_id, "qa")
    return new WorkflowResponse(qa)
  }
)

/**
 * "Complete & Create Inventory": N finished items with cost basis total ÷ N,
 * and the variant's Medusa stock at the location raised by N. Once, whole or
 * not at all.
 */
export const closeOutJobWorkflow = createWorkflow("close-out-production-job", (input: CloseOutInput) => {
  claimCloseOutStep(transform({ input }, ({ input }) => ({ job_id: input.job_id })))
  const prepared = prepareCloseOutStep(input)
  const consumed = recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
  const created = createStockItemsStep(
    transform({ prepared, input }, ({ prepared, input }) => ({
      items: prepared.items,
      actor_id: input.actor_id ?? null,
      reason: "close_out",
      reference_type: "production_job",
      reference_id: input.job_id,
    }))
  )
  // A repaired piece comes back as it was plus the repair: available again, a stock piece carrying its cost.
  updateItemsFieldsStep(transform({ prepared }, ({ prepared }) => prepared.item_updates)).config({ name: "return-repaired-piece" })
  const finalized = finalizeCloseOutStep(
    transform({ prepared }, ({ prepared }) => ({ ...prepared.finalize, consumed_item_ids: prepared.consumed_item_ids, stage_snapshots: prepared.stage_snapshots }))
  )
  const job = transform({ finalized }, ({ finalized }) => finalized.job)
  closeStageCustodyStep(
    transform({ finalized, input }, ({ finalized, input }) => ({ job_stage_ids: finalized.completed_stage_ids, actor_id: input.actor_id ?? null }))
  ).config({ name: "close-out-stage-metal-custody" })
  // A custom job for an order line: its finished piece is selected for that line at once.
  const forLine = when("custom-job-selects-its-piece", { prepared }, ({ prepared }) => prepared.kind === "custom_for_line").then(() => {
    const selection = prepareSelectionStep(
      transform({ prepared, created, input }, ({ prepared, created, input }) => ({
        order_id: prepared.line!.order_id,
        field: "order_line_item_id",
        actor_id: input.actor_id ?? null,
        enforce_fit: false,
        lines: [{ line_item_id: prepared.line!.line_item_id, items: created.items.map((i: any) => ({ stock_item_id: i.id, full: true })) }],
      }))
    ).config({ name: "prepare-selection-for-custom-line" })
    const taken = recordMovementsStep(transform({ selection }, ({ selection }) => selection.moves)).config({ name: "record-selection-for-custom-line" })
    createSelectionsStep(transform({ selection, taken }, ({ selection, taken }) => ({ drafts: selection.drafts, movements: taken.movements }))).config({
      name: "create-selection-for-custom-line",
    })
    setItemStatusesStep(
      transform({ selection }, ({ selection }) => ({ updates: selection.drafts.filter((d) => d.uses_up).map((d) => ({ id: d.stock_item_id, status: "reserved" })) }))
    ).config({ name: "hold-custom-piece-for-its-line" })
    ensureReservationsStep(transform({ selection }, ({ selection }) => ({ drafts: selection.drafts }))).config({ name: "reserve-custom-piece-in-medusa" })
    return taken
  })
  // A customer's repaired piece waits for its owner.
  when("customer-repair-is-ready", { prepared }, ({ prepared }) => prepared.kind === "customer_repair").then(() => {
    moveRepairStep(transform({ input }, ({ input }) => ({ job_id: input.job_id, to: "ready", data: { ready_at: new Date() }, optional: true }))).config({
      name: "repair-ready-for-pickup",
    })
  })
  syncMedusaInventoryStep(
    transform({ created, consumed, forLine }, ({ created, consumed, forLine }) => [...created.pairs, ...consumed.pairs, ...((forLine as any)?.pairs ?? [])])
  )
  jobChanged(input.job_id, "close-out")
  // closeOutJobWorkflow.hooks.productionJobClosedOut(({ job, items, kind }, { container }) => …)
  const closedOut = createHook("productionJobClosedOut", { job, items: transform({ created }, ({ created }) => created.items), kind: transform({ prepared }, ({ prepared }) => prepared.kind) })
  return new WorkflowResponse(
    transform({ job, created, prepared }, ({ job, created, prepared }) => ({
      job,
      items: created.items,
      cost_total: prepared.cost_total,
      cost_each: prepared.cost_each,
    })),
    { hooks: [closedOut] }
  )
})
