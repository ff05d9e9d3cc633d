import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStockItemsStep, recordMovementsStep, updateItemsFieldsStep } from "../../stock/steps/ledger"
import { createJobStep, prepareJobStep } from "../../jobs/steps/create-job"
import {
  cancelRepairJobStep,
  claimPickupStep,
  claimReturnStep,
  createRepairChargeStep,
  createRepairTicketStep,
  preparePickupStep,
  prepareRepairIntakeStep,
  prepareReturnUnrepairedStep,
  RepairIntakeInput,
} from "../steps/intake"
import { moveRepairStep } from "../steps/ticket"

/**
 * A customer's piece taken in for repair: the piece gets a tag and is held
 * in custody (the customer's, never stock), a repair job works on it, and
 * the repair's record keeps how it came in and what was promised.
 */
export const takeInRepairWorkflow = createWorkflow("take-in-jewelry-repair", (input: RepairIntakeInput) => {
  const prepared = prepareRepairIntakeStep(input)
  const piece = createStockItemsStep(
    transform({ prepared, input }, ({ prepared, input }) => ({ items: [prepared.piece], actor_id: input.actor_id ?? null, reason: "intake", reference_type: "repair" }))
  )
  const jobPlan = prepareJobStep(transform({ prepared }, ({ prepared }) => prepared.job))
  const job = createJobStep(jobPlan)
  const ticket = createRepairTicketStep(
    transform({ prepared, job, piece }, ({ prepared, job, piece }) => ({ ticket: prepared.ticket, job_id: job.id, stock_item_id: piece.items[0].id }))
  )
  return new WorkflowResponse(transform({ ticket, job, piece }, ({ ticket, job, piece }) => ({ repair: ticket, job, item: piece.items[0] })))
})

/** The estimate for the customer (again, while they have not approved). */
export const estimateRepairWorkflow = createWorkflow(
  "estimate-jewelry-repair",
  (input: { id: string; estimate_amount: string; currency_code: string; estimate_notes?: string | null; promised_date?: string | null }) => {
    const data = transform({ input }, ({ input }) => ({
      id: input.id,
      to: "estimated",
      data: {
        estimate_amount: input.estimate_amount,
        currency_code: input.currency_code.toLowerCase(),
        estimate_notes: input.estimate_notes ?? null,
        estimated_at: new Date(),
        ...(input.promised_date !== undefined ? { promised_date: input.promised_date ? new Date(input.promised_date) : null } : {}),
      },
    }))
    return new WorkflowResponse(moveRepairStep(data))
  }
)

/** The customer approves the estimate (their name as they gave it). */
export const approveRepairWorkflow = createWorkflow("approve-jewelry-repair", (input: { id: string; approved_by_name: string }) => {
  const data = transform({ input }, ({ input }) => ({ id: input.id, to: "approved", data: { approved_at: new Date(), approved_by_name: input.approved_by_name.trim() } }))
  return new WorkflowResponse(moveRepairStep(data))
})

/**
 * Pickup, once: the weight is measured again beside the take-in weight, the
 * customer's acknowledgement recorded, the piece leaves the shop's custody
 * (its record kept with its history) and the repair is charged through a
 * Medusa draft order the admin completes.
 */
export const pickUpRepairWorkflow = createWorkflow(
  "pick-up-jewelry-repair",
  (input: { id: string; out_weight: string; weight_unit?: string; acknowledged_name: string; actor_id?: string | null }) => {
    const prepared = preparePickupStep(input)
    claimPickupStep(
      transform({ prepared, input }, ({ prepared, input }) => ({
        id: input.id,
        data: { ...prepared.out, acknowledged_name: input.acknowledged_name.trim(), acknowledged_at: new Date(), picked_up_by: input.actor_id ?? null },
      }))
    )
    recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
    updateItemsFieldsStep(transform({ prepared }, ({ prepared }) => prepared.item_updates))
    const charge = createRepairChargeStep(transform({ input }, ({ input }) => ({ id: input.id, actor_id: input.actor_id ?? null, if_estimated: true })))
    return new WorkflowResponse(charge)
  }
)

/** The charge on its own, before pickup (the customer pays first). */
export const chargeRepairWorkflow = createWorkflow("charge-jewelry-repair", (input: { id: string; actor_id?: string | null }) => new WorkflowResponse(createRepairChargeStep(input)))

/**
 * The piece goes back unrepaired (the customer declined the estimate, or the
 * work cannot be done): weighed and acknowledged as at pickup, its repair
 * job cancelled, nothing charged; allowed while nothing is issued to the job.
 */
export const returnRepairUnrepairedWorkflow = createWorkflow(
  "return-jewelry-repair-unrepaired",
  (input: { id: string; out_weight: string; weight_unit?: string; acknowledged_name: string; reason: string; actor_id?: string | null }) => {
    const prepared = prepareReturnUnrepairedStep(input)
    claimReturnStep(
      transform({ prepared, input }, ({ prepared, input }) => ({
        id: input.id,
        from: prepared.ticket.status,
        data: {
          ...prepared.out,
          acknowledged_name: input.acknowledged_name.trim(),
          acknowledged_at: new Date(),
          picked_up_by: input.actor_id ?? null,
          cancel_reason: input.reason.trim(),
          cancelled_at: new Date(),
        },
      }))
    )
    cancelRepairJobStep(transform({ prepared }, ({ prepared }) => ({ job_id: prepared.ticket.job_id })))
    recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
    updateItemsFieldsStep(transform({ prepared }, ({ prepared }) => prepared.item_updates))
    return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.ticket.id })))
  }
)
