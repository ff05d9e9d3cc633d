import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { METAL_PRICES_MODULE } from "../../../../../modules/metal-prices"
import type MetalPricesModuleService from "../../../../../modules/metal-prices/service"
import { pluginOptions } from "../../../../../utils/plugin-options"
import { storeCurrencies } from "../../../../../workflows/metal-prices/pricing"
import { serializeRate } from "../../view"

/** The day's rate of every metal in every store currency, and whether a rate provider is configured. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { currency_code?: string }
  const svc: MetalPricesModuleService = req.scope.resolve(METAL_PRICES_MODULE)
  const [rates, currencies, last] = await Promise.all([svc.todayRates({ currency_code: q.currency_code }), storeCurrencies(req.scope), svc.lastProviderFetch()])
  const provider = pluginOptions(req.scope).rate_provider
  res.json({
    rates: rates.map(serializeRate),
    currencies,
    provider: provider ? { configured: true, every_minutes: provider.every_minutes, unit: provider.unit, currencies: provider.currencies, last_fetch_at: last } : { configured: false },
  })
}
