import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fetchProviderRates } from "../../../../../workflows/metal-prices/scheduled"

/** Fetch now from the configured rate provider; without one, a 400 saying so. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const result = await fetchProviderRates(req.scope, { force: true })
  if (!result.configured) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "rate_provider: no rate provider is configured in the plugin options; enter the rates by hand")
  res.json(result)
}
