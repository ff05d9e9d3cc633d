import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORDER_DETAILS_ZONE, workshopFirst } from "../lib/admin-layout"

/**
 * Runs once with `medusa db:migrate`: the store's default layout of Medusa's
 * order page puts the Workshop panel first, so a jeweler sees it without
 * scrolling (Medusa 2.21 places widgets after its own sections otherwise).
 * A layout the store saved that already places the panel is left alone;
 * each user can still move it (Medusa's layout customizer).
 */
export default async function placeWorkshopFirst({ container }: ExecArgs) {
  const settings: any = container.resolve(Modules.SETTINGS)
  const current = await settings.getSystemDefaultLayoutConfiguration(ORDER_DETAILS_ZONE)
  const next = workshopFirst(current?.configuration ?? null)
  if (!next) return
  await settings.setSystemDefaultLayoutConfiguration(ORDER_DETAILS_ZONE, next)
  container.resolve(ContainerRegistrationKeys.LOGGER).info("jewelry: the Workshop panel leads Medusa's order page by default")
}
