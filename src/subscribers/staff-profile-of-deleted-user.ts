import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { UserWorkflowEvents } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../modules/production"
import type ProductionModuleService from "../modules/production/service"

/**
 * A Medusa user deleted takes their workshop profile with them, so no role,
 * department or location lingers for an id nobody can sign in as (and a
 * user later created again starts without one). Jobs, custody entries and
 * the ledger keep the id as history. Idempotent: a repeated event finds no
 * profile.
 */
export default async function removeProfileOfDeletedUser({ event, container }: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const ids = (Array.isArray(event.data) ? event.data : [event.data]).map((d) => d?.id).filter(Boolean) as string[]
  if (!ids.length) return
  const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
  const profiles = await service.listStaffProfiles({ user_id: ids }, { select: ["id"], take: null as any })
  if (profiles.length) await service.softDeleteStaffProfiles(profiles.map((p) => p.id))
}

export const config: SubscriberConfig = { event: UserWorkflowEvents.DELETED }
