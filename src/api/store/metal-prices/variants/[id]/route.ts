import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import BigNumber from "bignumber.js"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { METAL_PRICES_MODULE } from "../../../../../modules/metal-prices"
import type MetalPricesModuleService from "../../../../../modules/metal-prices/service"
import { storeBreakdown } from "../../../../../lib/metal-prices"
import { parseQuery } from "../../../../utils/validation"
import { StoreBreakdown } from "../../../../admin/metal-prices/validators"
import { plainPrice, storeCurrencies, variantPricing } from "../../../../../workflows/metal-prices/pricing"

/** The region's default tax rate (its first country's) and whether its prices include tax (Medusa's price preferences). */
async function regionTax(scope: any, regionId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [region] } = await query.graph({ entity: "region", fields: ["id", "currency_code", "automatic_taxes", "countries.iso_2"], filters: { id: regionId } })
  if (!region) throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: region "${regionId}" does not exist`)
  const country = region.countries?.[0]?.iso_2 ?? null
  let rate: string | null = null
  if (country) {
    const tax = scope.resolve(Modules.TAX)
    const regions: any[] = await tax.listTaxRegions({ country_code: country, parent_id: null } as any, { relations: ["tax_rates"] })
    const def = regions[0]?.tax_rates?.find((r: any) => r.is_default) ?? null
    if (def) rate = new BigNumber(String(def.rate)).toFixed()
  }
  const prefs: any[] = await scope.resolve(Modules.PRICING).listPricePreferences({ attribute: "region_id", value: [regionId] } as any)
  return { currency_code: String(region.currency_code).toLowerCase(), rate_pct: rate, inclusive: !!prefs[0]?.is_tax_inclusive }
}

/**
 * A variant's price split for a storefront's price break-up: metal (fine
 * weight × the day's rate it was priced at), stones, making (charge, markup
 * and rounding) and tax (the region's default rate, added or included as
 * the region's prices are). Only while Medusa's price is the one a metal
 * price rule set: otherwise a 404 saying so.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const q = parseQuery(StoreBreakdown, req.query) as { currency_code?: string; region_id?: string }
  const [variant] = await variantPricing(req.scope, { id: [req.params.id] })
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant with id "${req.params.id}" was not found`)
  const tax = q.region_id ? await regionTax(req.scope, q.region_id) : null
  const currencies = await storeCurrencies(req.scope)
  const code = q.currency_code ?? tax?.currency_code ?? currencies.find((c) => c.is_default)?.code ?? currencies[0]?.code ?? "usd"
  const precision = currencies.find((c) => c.code === code)?.precision ?? 2
  const price = plainPrice(variant.prices, code)
  const svc: MetalPricesModuleService = req.scope.resolve(METAL_PRICES_MODULE)
  const last = price ? await svc.lastApplied(variant.variant_id, code) : null
  if (!price || !last || !new BigNumber(last.new_amount).isEqualTo(price.amount)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The price of variant "${req.params.id}" in ${code.toUpperCase()} is not set by a metal price rule`)
  }
  const split = storeBreakdown(last.breakdown, { rate_pct: tax && tax.currency_code === code ? tax.rate_pct : null, inclusive: tax?.inclusive ?? false }, precision)
  res.json({
    price_breakdown: {
      variant_id: variant.variant_id,
      currency_code: code,
      ...split,
      metals: (last.breakdown.metals ?? []).map((m: any) => ({ metal: m.metal, fine_grams: m.fine_grams, rate_per_gram: m.per_gram, rate_date: m.rate_date ?? null, value: m.value })),
      priced_at: last.applied_at,
    },
  })
}
