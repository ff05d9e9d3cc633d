import BigNumber from "bignumber.js"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { METAL_PRICES_MODULE } from "../../../modules/metal-prices"
import type MetalPricesModuleService from "../../../modules/metal-prices/service"
import { planReprice, plainPrice, variantPricing } from "../pricing"

export type PreviewInput = { rule_ids?: string[]; source?: "manual" | "scheduled"; threshold_pct?: string | null; actor_id?: string | null }

/** Computes a reprice and keeps it as a run with its lines; newer previews of the same rules supersede older ones. Undone by removing the run. */
export const createRepriceRunStep = createStep(
  "create-metal-reprice-run",
  async (input: PreviewInput, { container }) => {
    const { rules, changes } = await planReprice(container, input.rule_ids)
    const svc: MetalPricesModuleService = container.resolve(METAL_PRICES_MODULE)
    const run: any = await svc.createRepriceRuns({
      status: "previewed",
      source: input.source ?? "manual",
      rule_ids: rules.map((r) => r.id),
      threshold_pct: input.threshold_pct ?? null,
      created_by: input.actor_id ?? null,
    } as any)
    if (changes.length) await svc.createPriceChanges(changes.map((c) => ({ ...c, run_id: run.id })) as any)
    await svc.supersedeOlderPreviews(run.rule_ids, run.id)
    return new StepResponse({ id: run.id as string }, run.id as string)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(METAL_PRICES_MODULE) as MetalPricesModuleService).deleteRepriceRuns([id])
  }
)

export type ApplyInput = { run_id: string; change_ids: string[]; actor_id?: string | null }

type PriceRow = { id?: string; amount: string | number; currency_code: string }
export type ApplyPlan = {
  run_id: string
  accepted: string[]
  /** For Medusa's upsertVariantPricesWorkflow: every variant's own prices, the accepted ones at their new amount. */
  update: { variantPrices: { variant_id: string; product_id: string; prices: PriceRow[] }[]; previousVariantIds: string[] }
  /** The price sets' own prices before, to put back should anything after fail. */
  snapshot: { id: string; prices: PriceRow[] }[]
}

/**
 * Checks a reprice can be applied as previewed: the run is still a
 * preview, each accepted line is a proposed change of it, and Medusa's
 * price is still the one the preview showed (else 409: preview again).
 * Writes nothing.
 */
export const prepareApplyRepriceStep = createStep("prepare-metal-reprice-apply", async (input: ApplyInput, { container }) => {
  const svc: MetalPricesModuleService = container.resolve(METAL_PRICES_MODULE)
  const [run]: any[] = await svc.listRepriceRuns({ id: input.run_id }, { take: 1 })
  if (!run) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Reprice with id "${input.run_id}" was not found`)
  if (run.status === "applied") throw new MedusaError(MedusaError.Types.CONFLICT, "run_id: this reprice was applied already")
  if (run.status === "superseded") throw new MedusaError(MedusaError.Types.CONFLICT, "run_id: a newer preview of these rules replaced this one; apply that one")
  const changes: any[] = await svc.listPriceChanges({ run_id: run.id } as any, { take: null as any })
  const byId = new Map(changes.map((c) => [c.id, c]))
  const accepted = input.change_ids.map((id, i) => {
    const c = byId.get(id)
    if (!c) throw new MedusaError(MedusaError.Types.INVALID_DATA, `change_ids[${i}]: "${id}" is not a line of this reprice`)
    if (c.status !== "proposed") throw new MedusaError(MedusaError.Types.INVALID_DATA, `change_ids[${i}]: the line is ${c.status}${c.reason ? ` (${c.reason})` : ""}, not a proposed price`)
    return c
  })
  const variantIds = [...new Set(accepted.map((c) => c.variant_id as string))]
  const variants = await variantPricing(container, { id: variantIds })
  const variantPrices: ApplyPlan["update"]["variantPrices"] = []
  const snapshot: ApplyPlan["snapshot"] = []
  for (const v of variants) {
    if (!v.price_set_id) throw new MedusaError(MedusaError.Types.CONFLICT, `change_ids: the variant ${v.title} no longer has a price set; preview again`)
    const mine = accepted.filter((c) => c.variant_id === v.variant_id)
    const prices: PriceRow[] = v.prices.map((p) => ({ id: p.id, amount: p.amount, currency_code: p.currency_code }))
    for (const c of mine) {
      const now = plainPrice(v.prices, c.currency_code)
      const old = c.old_amount === null ? null : new BigNumber(String(c.raw_old_amount?.value ?? c.old_amount))
      const moved = old === null ? now !== null : now === null || !old.isEqualTo(now.amount)
      if (moved) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `change_ids: the price of ${v.product_title} ${v.title} in ${c.currency_code.toUpperCase()} changed since the preview (${now ? now.amount : "none"}, previewed ${old ? old.toFixed() : "none"}); preview again`
        )
      }
      const amount = String(c.raw_new_amount?.value ?? c.new_amount)
      if (now) prices.find((p) => p.id === now.id)!.amount = amount
      else prices.push({ amount, currency_code: c.currency_code })
    }
    variantPrices.push({ variant_id: v.variant_id, product_id: v.product_id, prices })
    snapshot.push({ id: v.price_set_id, prices: v.prices.map((p) => ({ id: p.id, amount: p.amount, currency_code: p.currency_code })) })
  }
  const missing = variantIds.filter((id) => !variants.some((v) => v.variant_id === id))
  if (missing.length) throw new MedusaError(MedusaError.Types.CONFLICT, `change_ids: variant "${missing[0]}" no longer exists; preview again`)
  const plan: ApplyPlan = { run_id: run.id, accepted: accepted.map((c) => c.id), update: { variantPrices, previousVariantIds: variantIds }, snapshot }
  return new StepResponse(plan)
})

/** Claims the run once: two applies at the same moment change prices once; the other is a 409. Undone by putting it back to a preview. */
export const claimRepriceRunStep = createStep(
  "claim-metal-reprice-run",
  async (run_id: string, { container }) => {
    const svc: MetalPricesModuleService = container.resolve(METAL_PRICES_MODULE)
    const claimed = await svc.claimRun(run_id, "previewed", "applied")
    if (!claimed) throw new MedusaError(MedusaError.Types.CONFLICT, "run_id: this reprice was applied already")
    return new StepResponse(run_id, run_id)
  },
  async (run_id, { container }) => {
    if (run_id) await (container.resolve(METAL_PRICES_MODULE) as MetalPricesModuleService).claimRun(run_id, "applied", "previewed")
  }
)

/**
 * Holds the prices as they were. Medusa's own compensation of a price set
 * update reads the sets without their prices, so it cannot put amounts
 * back; this step's compensation does, exactly (new prices it added go).
 */
export const keepPricesStep = createStep(
  "keep-variant-prices-before-reprice",
  async (snapshot: ApplyPlan["snapshot"]) => new StepResponse(snapshot.length, snapshot),
  async (snapshot, { container }) => {
    if (snapshot?.length) await container.resolve(Modules.PRICING).upsertPriceSets(snapshot as any)
  }
)

/** Marks the accepted lines applied (and the rest not accepted) with who and when. Undone by marking them proposed again. */
export const recordRepriceAppliedStep = createStep(
  "record-metal-reprice-applied",
  async (input: { run_id: string; accepted: string[]; actor_id?: string | null }, { container }) => {
    const svc: MetalPricesModuleService = container.resolve(METAL_PRICES_MODULE)
    const at = new Date()
    await svc.markApplied(input.run_id, input.accepted, at, input.actor_id ?? null)
    return new StepResponse({ run_id: input.run_id, applied: input.accepted.length, applied_at: at }, input.run_id)
  },
  async (run_id, { container }) => {
    if (run_id) await (container.resolve(METAL_PRICES_MODULE) as MetalPricesModuleService).unmarkApplied(run_id)
  }
)
