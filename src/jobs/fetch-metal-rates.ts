import type { MedusaContainer } from "@medusajs/framework/types"
import { fetchProviderRates } from "../workflows/metal-prices/scheduled"

/**
 * The rate provider (plugin option `rate_provider`): looks every 5 minutes
 * whether a fetch is due (`every_minutes`, default 60) and fetches the
 * day's rates. Without the option nothing is ever called.
 */
export default async function fetchMetalRatesJob(container: MedusaContainer) {
  await fetchProviderRates(container)
}

export const config = {
  name: "jewelry-fetch-metal-rates",
  schedule: "*/5 * * * *",
}
