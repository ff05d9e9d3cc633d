import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runScheduledReprice } from "../workflows/metal-prices/scheduled"

/**
 * The daily reprice, at 06:15 UTC: price rules set to reprice by
 * themselves apply the changes at or past their threshold %.
 */
export default async function dailyMetalRepriceJob(container: MedusaContainer) {
  const results = await runScheduledReprice(container)
  const applied = results.reduce((n, r) => n + r.applied, 0)
  if (results.length) container.resolve(ContainerRegistrationKeys.LOGGER).info(`metal prices: the daily reprice applied ${applied} price(s) over ${results.length} rule(s)`)
}

export const config = {
  name: "jewelry-daily-metal-reprice",
  schedule: "15 6 * * *",
}
