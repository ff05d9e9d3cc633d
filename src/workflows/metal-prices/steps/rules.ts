import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { METAL_PRICES_MODULE } from "../../../modules/metal-prices"
import type MetalPricesModuleService from "../../../modules/metal-prices/service"
import { STYLE_MODULE } from "../../../modules/style"
import { assertStoreCurrency, storeCurrencies } from "../pricing"

export type PriceRuleInput = {
  id?: string
  name?: string
  style_id?: string | null
  product_id?: string | null
  metal_source?: "bom" | "stock"
  making_charges?: Record<string, string>
  making_per?: "gram" | "piece"
  markup_pct?: string
  rounding?: string
  is_active?: boolean
  auto_reprice?: boolean
  auto_threshold_pct?: string | null
  actor_id?: string | null
}

const FIELDS = ["name", "style_id", "product_id", "metal_source", "making_charges", "making_per", "markup_pct", "rounding", "is_active", "auto_reprice", "auto_threshold_pct"] as const

/**
 * A rule must reach variants and read its metal somewhere: a style (whose
 * variant, or whose BOM) or a product; metal from the BOM needs a style;
 * making charges only in the store's currencies; a daily reprice needs its
 * threshold.
 */
async function assertRule(container: any, rule: Record<string, any>) {
  if (!rule.style_id && !rule.product_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "style_id: give a style or a product (product_id) for the rule to price")
  if (rule.metal_source === "bom" && !rule.style_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "metal_source: metal from the bill of materials needs a style (style_id); use \"stock\" for a product's stock")
  if (rule.style_id && !rule.product_id) {
    const [style] = await container.resolve(STYLE_MODULE).listStyles({ id: rule.style_id }, { take: 1 })
    if (style && !style.variant_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "style_id: the style is not linked to a variant; link it, or give the product (product_id) whose variants the rule prices")
  }
  const currencies = await storeCurrencies(container)
  for (const code of Object.keys(rule.making_charges ?? {})) assertStoreCurrency(`making_charges.${code}`, code, currencies)
  if (rule.auto_reprice && (rule.auto_threshold_pct === null || rule.auto_threshold_pct === undefined)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "auto_threshold_pct: the daily reprice needs the smallest change in % it applies")
  }
}

const pick = (input: PriceRuleInput) => Object.fromEntries(FIELDS.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]))
const lower = (charges?: Record<string, string>) => (charges ? Object.fromEntries(Object.entries(charges).map(([k, v]) => [k.toLowerCase(), v])) : charges)

export const createPriceRuleStep = createStep(
  "create-metal-price-rule",
  async (input: PriceRuleInput, { container }) => {
    const data = { metal_source: "bom", making_per: "gram", markup_pct: "0", rounding: "none", ...pick(input), making_charges: lower(input.making_charges) ?? {}, created_by: input.actor_id ?? null }
    await assertRule(container, data)
    const svc: MetalPricesModuleService = container.resolve(METAL_PRICES_MODULE)
    const rule = await svc.createPriceRules(data as any)
    return new StepResponse(rule, (rule as any).id as string)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(METAL_PRICES_MODULE) as MetalPricesModuleService).deletePriceRules([id])
  }
)

export const updatePriceRuleStep = createStep(
  "update-metal-price-rule",
  async (input: PriceRuleInput & { id: string }, { container }) => {
    const svc: MetalPricesModuleService = container.resolve(METAL_PRICES_MODULE)
    const [before]: any[] = await svc.listPriceRules({ id: input.id }, { take: 1 })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Price rule with id "${input.id}" was not found`)
    const change = pick({ ...input, making_charges: lower(input.making_charges) })
    const merged = { ...before, ...change }
    await assertRule(container, merged)
    const previous = Object.fromEntries(FIELDS.map((k) => [k, k === "markup_pct" || k === "auto_threshold_pct" ? (before[`raw_${k}`]?.value ?? before[k]) : before[k]]))
    const rule = await svc.updatePriceRules({ id: input.id, ...change } as any)
    return new StepResponse(rule, { id: input.id, ...previous })
  },
  async (previous, { container }) => {
    if (previous) await (container.resolve(METAL_PRICES_MODULE) as MetalPricesModuleService).updatePriceRules(previous as any)
  }
)

export const removePriceRuleStep = createStep(
  "remove-metal-price-rule",
  async (id: string, { container }) => {
    const svc: MetalPricesModuleService = container.resolve(METAL_PRICES_MODULE)
    const [rule] = await svc.listPriceRules({ id }, { take: 1 })
    if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Price rule with id "${id}" was not found`)
    await svc.softDeletePriceRules([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(METAL_PRICES_MODULE) as MetalPricesModuleService).restorePriceRules([id])
  }
)
