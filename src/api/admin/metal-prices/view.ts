import BigNumber from "bignumber.js"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { METAL_PRICES_MODULE } from "../../../modules/metal-prices"
import type MetalPricesModuleService from "../../../modules/metal-prices/service"
import { STYLE_MODULE } from "../../../modules/style"
import { ratePerOunce } from "../../../lib/metal-prices"

const raw = (r: any, k: string) => {
  const v = r[`raw_${k}`]?.value ?? r[k]
  return v === null || v === undefined ? null : new BigNumber(String(v)).toFixed()
}
const strip = (o: Record<string, any>): Record<string, any> => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith("raw_") && k !== "run" && k !== "changes"))

export const serializeRate = (r: any) => ({
  ...strip(r),
  rate: raw(r, "rate"),
  rate_per_gram: raw(r, "rate_per_gram"),
  rate_per_ozt: ratePerOunce(raw(r, "rate_per_gram")!, 4),
  rate_date: new Date(r.rate_date).toISOString().slice(0, 10),
})

/** Rules with the names of their style and product, for the list and the reprice. */
export async function serializeRules(scope: any, rules: any[]) {
  const styleIds = [...new Set(rules.map((r) => r.style_id).filter(Boolean))]
  const productIds = [...new Set(rules.map((r) => r.product_id).filter(Boolean))]
  const styles: any[] = styleIds.length ? await scope.resolve(STYLE_MODULE).listStyles({ id: styleIds }, { select: ["id", "code", "name", "variant_id", "currency_code"], take: null, withDeleted: true }) : []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const products: any[] = productIds.length ? (await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } })).data : []
  return rules.map((r) => ({
    ...strip(r),
    markup_pct: raw(r, "markup_pct"),
    auto_threshold_pct: raw(r, "auto_threshold_pct"),
    style: styles.find((s) => s.id === r.style_id) ?? null,
    product: products.find((p) => p.id === r.product_id) ?? null,
  }))
}

export async function loadRule(scope: any, id: string) {
  const [rule] = await (scope.resolve(METAL_PRICES_MODULE) as MetalPricesModuleService).listPriceRules({ id }, { take: 1 })
  if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Price rule with id "${id}" was not found`)
  return (await serializeRules(scope, [rule]))[0]
}

/** Lines of a reprice (or applied changes) with their variant, product and rule named. */
export async function serializeChanges(scope: any, changes: any[]): Promise<Record<string, any>[]> {
  const svc: MetalPricesModuleService = scope.resolve(METAL_PRICES_MODULE)
  const variantIds = [...new Set(changes.map((c) => c.variant_id))]
  const ruleIds = [...new Set(changes.map((c) => c.rule_id))]
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const variants: any[] = variantIds.length ? (await query.graph({ entity: "product_variant", fields: ["id", "title", "sku", "product_id", "product.title"], filters: { id: variantIds } })).data : []
  const rules: any[] = ruleIds.length ? await svc.listPriceRules({ id: ruleIds }, { select: ["id", "name"], take: null as any, withDeleted: true }) : []
  return changes.map((c) => {
    const v = variants.find((x) => x.id === c.variant_id)
    return {
      ...strip(c),
      old_amount: raw(c, "old_amount"),
      new_amount: raw(c, "new_amount"),
      change_pct: raw(c, "change_pct"),
      variant: v ? { id: v.id, title: v.title, sku: v.sku ?? null } : null,
      product: v ? { id: v.product_id, title: v.product?.title ?? null } : null,
      rule: rules.find((r) => r.id === c.rule_id) ?? null,
    }
  })
}

const ORDER: Record<string, number> = { proposed: 0, unchanged: 1, unpriced: 2, applied: 3, not_accepted: 4 }

export async function runView(scope: any, id: string) {
  const svc: MetalPricesModuleService = scope.resolve(METAL_PRICES_MODULE)
  const [run]: any[] = await svc.listRepriceRuns({ id }, { take: 1 })
  if (!run) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Reprice with id "${id}" was not found`)
  const changes: any[] = await svc.listPriceChanges({ run_id: id } as any, { take: null as any, order: { created_at: "ASC" } })
  const lines = (await serializeChanges(scope, changes)).sort((a, b) => (ORDER[a.status] ?? 9) - (ORDER[b.status] ?? 9))
  const count = (s: string) => changes.filter((c) => c.status === s).length
  return {
    ...strip(run),
    threshold_pct: raw(run, "threshold_pct"),
    counts: { proposed: count("proposed"), unchanged: count("unchanged"), unpriced: count("unpriced"), applied: count("applied"), not_accepted: count("not_accepted") },
    changes: lines,
  }
}
