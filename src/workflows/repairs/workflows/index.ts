import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { createStockItemsStep, recordMovementsStep, updateItemsFieldsStep } from "../../stock/steps/ledger"
import { createJobStep, prepareJobStep } from "../../jobs/steps/create-job"
import {
  cancelRepairJobStep,
  claimPickupStep,
  claimRepairChargeStep,
  claimReturnStep,
  prepareRepairChargeStep,
  createRepairTicketStep,
  preparePickupStep,
  prepareRepairIntakeStep,
  prepareReturnUnrepairedStep,
  RepairIntakeInput,
} from "../steps/intake"
import { moveRepairStep } from "../steps/ticket"

/**
 * The draft order that charges a repair, made by Medusa's own workflow run
 * as a step of the plugin's, so a failure later undoes it with Medusa's own
 * compensation; made once (an existing charge is returned as it is).
 */
function chargeThroughMedusa(input: { id: string; if_estimated?: boolean } | any) {
  const plan = prepareRepairChargeStep(input)
  const made = when("repair-charge-needed", { plan }, ({ plan }) => !!plan.order).then(() => {
    const order = createOrderWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => plan.order as any) })
    return claimRepairChargeStep(transform({ plan, order }, ({ plan, order }) => ({ ticket_id: plan.ticket_id, order_id: (order as any).id as string })))
  })
  return transform({ plan, made }, ({ plan, made }) => ({ draft_order_id: (made as string | undefined) ?? plan.draft_order_id, created: !!made }))
}

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
    return new WorkflowResponse(chargeThroughMedusa(transform({ input }, ({ input }) => ({ id: input.id, if_estimated: true }))))
  }
)

/** The charge on its own, before pickup (the customer pays first). */
export const chargeRepairWorkflow = createWorkflow("charge-jewelry-repair", (input: { id: string; actor_id?: string | null }) =>
  new WorkflowResponse(chargeThroughMedusa(transform({ input }, ({ input }) => ({ id: input.id }))))
)

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
