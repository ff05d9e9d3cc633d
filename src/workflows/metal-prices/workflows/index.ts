import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertVariantPricesWorkflow } from "@medusajs/medusa/core-flows"
import { recordRatesStep, RecordRatesInput } from "../steps/rates"
import { createPriceRuleStep, PriceRuleInput, removePriceRuleStep, updatePriceRuleStep } from "../steps/rules"
import {
  ApplyInput,
  claimRepriceRunStep,
  createRepriceRunStep,
  keepPricesStep,
  prepareApplyRepriceStep,
  PreviewInput,
  recordRepriceAppliedStep,
} from "../steps/reprice"

/** The day's rates, entered by hand or fetched by the rate provider: appended to the history. */
export const recordMetalRatesWorkflow = createWorkflow("record-metal-rates", (input: RecordRatesInput) => new WorkflowResponse(recordRatesStep(input)))

export const createPriceRuleWorkflow = createWorkflow("create-metal-price-rule", (input: PriceRuleInput) => new WorkflowResponse(createPriceRuleStep(input)))
export const updatePriceRuleWorkflow = createWorkflow("update-metal-price-rule", (input: PriceRuleInput & { id: string }) => new WorkflowResponse(updatePriceRuleStep(input)))
export const removePriceRuleWorkflow = createWorkflow("remove-metal-price-rule", (input: { id: string }) => new WorkflowResponse(removePriceRuleStep(input.id)))

/** A reprice preview: each variant's price now beside its price at the day's rates, and why a line is not priced. */
export const previewRepriceWorkflow = createWorkflow("preview-metal-reprice", (input: PreviewInput) => new WorkflowResponse(createRepriceRunStep(input)))

/**
 * Applies the accepted lines of a reprice through Medusa's own pricing
 * (upsertVariantPricesWorkflow on the variants' price sets, run as a step of
 * this workflow so its compensation joins), once, recorded with the rates
 * they came from. A failure anywhere puts every price back as it was.
 */
export const applyRepriceWorkflow = createWorkflow("apply-metal-reprice", (input: ApplyInput) => {
  const plan = prepareApplyRepriceStep(input)
  claimRepriceRunStep(transform({ plan }, ({ plan }) => plan.run_id))
  keepPricesStep(transform({ plan }, ({ plan }) => plan.snapshot))
  upsertVariantPricesWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => plan.update as any) })
  const applied = recordRepriceAppliedStep(transform({ plan, input }, ({ plan, input }) => ({ run_id: plan.run_id, accepted: plan.accepted, actor_id: input.actor_id ?? null })))
  const repriceApplied = createHook("repriceApplied", { run_id: applied.run_id, change_ids: plan.accepted })
  return new WorkflowResponse(applied, { hooks: [repriceApplied] })
})
