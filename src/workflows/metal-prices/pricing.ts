import BigNumber from "bignumber.js"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { METAL_PRICES_MODULE } from "../../modules/metal-prices"
import type MetalPricesModuleService from "../../modules/metal-prices/service"
import { STYLE_MODULE } from "../../modules/style"
import { STOCK_MODULE } from "../../modules/stock"
import { PRODUCTION_MODULE } from "../../modules/production"
import {
  bomMetals,
  bomStonesAndFindings,
  changePct,
  currencyPrecision,
  MetalContent,
  priceFromRule,
  RateTable,
  stockMetalsPerPiece,
} from "../../lib/metal-prices"

/**
 * What the metal-prices workflows read from Medusa and the plugin's other
 * modules: the store's currencies, the day's rates, a rule's variants with
 * their current prices, and the metal in them. No writes here.
 */

export type StoreCurrency = { code: string; precision: number; is_default: boolean }

/** The store's currencies with their precision (Medusa's currency records). */
export async function storeCurrencies(container: any): Promise<StoreCurrency[]> {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"], take: 1 })
  const supported: any[] = store?.supported_currencies ?? []
  const codes = supported.map((c) => String(c.currency_code).toLowerCase())
  const currencies: any[] = codes.length ? await container.resolve(Modules.CURRENCY).listCurrencies({ code: codes }, { take: null }) : []
  const digits = new Map(currencies.map((c) => [String(c.code).toLowerCase(), c.decimal_digits as number]))
  return supported.map((c) => {
    const code = String(c.currency_code).toLowerCase()
    return { code, precision: currencyPrecision(code, digits.get(code)), is_default: !!c.is_default }
  })
}

/** Refuses a currency the store does not sell in: 400 naming the field. */
export function assertStoreCurrency(field: string, code: string, currencies: StoreCurrency[]) {
  if (!currencies.some((c) => c.code === code.toLowerCase())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: "${code}" is not one of the store's currencies (${currencies.map((c) => c.code).join(", ") || "none"})`)
  }
}

export type MedusaPrice = { id: string; amount: string; currency_code: string; rules_count: number; min_quantity: unknown; max_quantity: unknown }
export type VariantPricing = { variant_id: string; product_id: string; title: string; sku: string | null; product_title: string; price_set_id: string | null; prices: MedusaPrice[] }

const rawAmount = (p: any) => String(p.raw_amount?.value ?? p.amount)

/** Variants with their price set's own prices (not price lists'), read from Medusa's pricing module. */
export async function variantPricing(container: any, filter: { id?: string[]; product_id?: string[] }): Promise<VariantPricing[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (filter.id) filters.id = filter.id
  if (filter.product_id) filters.product_id = filter.product_id
  if (!filter.id?.length && !filter.product_id?.length) return []
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "title", "sku", "product_id", "product.title", "price_set.id"], filters })
  const setIds = data.map((v: any) => v.price_set?.id).filter(Boolean)
  const sets: any[] = setIds.length ? await container.resolve(Modules.PRICING).listPriceSets({ id: setIds }, { relations: ["prices"], take: null }) : []
  const bySet = new Map(sets.map((s) => [s.id, s]))
  return data.map((v: any) => {
    const set = v.price_set?.id ? bySet.get(v.price_set.id) : null
    const prices = ((set?.prices ?? []) as any[])
      .filter((p) => !p.price_list_id && !p.deleted_at)
      .map((p) => ({ id: p.id, amount: rawAmount(p), currency_code: String(p.currency_code).toLowerCase(), rules_count: Number(p.rules_count ?? 0), min_quantity: p.min_quantity ?? null, max_quantity: p.max_quantity ?? null }))
    return { variant_id: v.id, product_id: v.product_id, title: v.title, sku: v.sku ?? null, product_title: v.product?.title ?? "", price_set_id: v.price_set?.id ?? null, prices }
  })
}

/** The variant's plain price in a currency: no rules (region, customer group) and no quantity tiers. */
export const plainPrice = (prices: MedusaPrice[], currency: string) =>
  prices.find((p) => p.currency_code === currency && p.rules_count === 0 && (p.min_quantity === null || p.min_quantity === undefined) && (p.max_quantity === null || p.max_quantity === undefined)) ?? null

export async function rateTables(container: any, codes: string[]): Promise<Map<string, RateTable>> {
  const svc: MetalPricesModuleService = container.resolve(METAL_PRICES_MODULE)
  const out = new Map<string, RateTable>()
  for (const code of codes) out.set(code, await svc.rateTable(code))
  return out
}

export type PlannedChange = {
  rule_id: string
  product_id: string | null
  variant_id: string
  currency_code: string
  status: "proposed" | "unpriced" | "unchanged"
  price_id: string | null
  old_amount: string | null
  new_amount: string | null
  change_pct: string | null
  reason: string | null
  breakdown: Record<string, unknown> | null
}

/** The variants a rule prices: its product's, else its style's variant. */
export async function ruleVariants(container: any, rule: { style_id: string | null; product_id: string | null }, style: any | null): Promise<VariantPricing[]> {
  if (rule.product_id) return variantPricing(container, { product_id: [rule.product_id] })
  if (style?.variant_id) return variantPricing(container, { id: [style.variant_id] })
  return []
}

/**
 * A reprice's lines: every variant of every rule, in every store currency,
 * with Medusa's price now, the rule's price at the day's rates and why a
 * line is not priced. A variant two rules reach is priced by the first.
 */
export async function planReprice(container: any, ruleIds?: string[]): Promise<{ rules: any[]; changes: PlannedChange[] }> {
  const svc: MetalPricesModuleService = container.resolve(METAL_PRICES_MODULE)
  const rules: any[] = await svc.listPriceRules(ruleIds?.length ? { id: ruleIds } : { is_active: true }, { order: { created_at: "ASC" }, take: null as any })
  if (ruleIds?.length) {
    const missing = ruleIds.filter((id) => !rules.some((r) => r.id === id))
    if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `rule_ids: price rule "${missing[0]}" does not exist`)
  }
  const currencies = await storeCurrencies(container)
  const tables = await rateTables(container, currencies.map((c) => c.code))
  const settings = await container.resolve(PRODUCTION_MODULE).getSettings()
  const karatTable = (settings.karat_table as any) ?? null
  const styles = container.resolve(STYLE_MODULE)
  const stock = container.resolve(STOCK_MODULE)
  const seen = new Map<string, string>()
  const changes: PlannedChange[] = []
  for (const rule of rules) {
    const [style] = rule.style_id ? await styles.listStyles({ id: rule.style_id }, { relations: ["bom_lines"], take: 1 }) : [null]
    const variants = await ruleVariants(container, rule, style ?? null)
    const bom = (style?.bom_lines ?? []).map((l: any) => ({ ...l, weight: l.weight === null ? null : String(l.raw_weight?.value ?? l.weight), unit_cost: String(l.raw_unit_cost?.value ?? l.unit_cost) }))
    const { stones, findings } = style ? bomStonesAndFindings(bom) : { stones: "0", findings: "0" }
    for (const v of variants) {
      let metals: MetalContent[]
      if (rule.metal_source === "bom") metals = bomMetals(bom, karatTable)
      else {
        const items: any[] = await stock.listStockItems({ variant_id: v.variant_id, status: "available", ownership: "shop" } as any, { select: ["metal", "fine_grams", "weight_grams", "pieces"], take: null as any })
        metals = stockMetalsPerPiece(items.map((i) => ({ metal: i.metal, fine_grams: String(i.raw_fine_grams?.value ?? i.fine_grams), weight_grams: String(i.raw_weight_grams?.value ?? i.weight_grams), pieces: Number(i.pieces) })))
      }
      for (const cur of currencies) {
        const price = plainPrice(v.prices, cur.code)
        const base = { rule_id: rule.id, product_id: v.product_id, variant_id: v.variant_id, currency_code: cur.code, price_id: price?.id ?? null, old_amount: price ? new BigNumber(price.amount).toFixed() : null }
        const key = `${v.variant_id}|${cur.code}`
        if (seen.has(key)) {
          changes.push({ ...base, status: "unpriced", new_amount: null, change_pct: null, reason: `priced by the rule "${seen.get(key)}" in this reprice`, breakdown: null })
          continue
        }
        seen.set(key, rule.name)
        if (!v.price_set_id) {
          changes.push({ ...base, status: "unpriced", new_amount: null, change_pct: null, reason: "the variant has no price set in Medusa", breakdown: null })
          continue
        }
        const making = (rule.making_charges ?? {})[cur.code]
        const r = priceFromRule({
          currency_code: cur.code,
          precision: cur.precision,
          metals,
          stones,
          findings,
          bom_currency: style?.currency_code ?? null,
          making_charge: making ?? null,
          making_per: rule.making_per,
          markup_pct: String(rule.raw_markup_pct?.value ?? rule.markup_pct),
          rounding: rule.rounding,
          rates: tables.get(cur.code) ?? {},
        })
        if (!r.ok) {
          changes.push({ ...base, status: "unpriced", new_amount: null, change_pct: null, reason: r.reason, breakdown: null })
          continue
        }
        const same = base.old_amount !== null && new BigNumber(base.old_amount).isEqualTo(r.breakdown.price)
        changes.push({
          ...base,
          status: same ? "unchanged" : "proposed",
          new_amount: r.breakdown.price,
          change_pct: changePct(base.old_amount, r.breakdown.price),
          reason: null,
          breakdown: r.breakdown as any,
        })
      }
    }
  }
  return { rules, changes }
}
