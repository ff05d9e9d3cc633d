import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"
import { StaffContext, visibleLocationIds } from "../../lib/roles"
import { resolveStaff } from "./staff"

/** The caller and the locations whose stock they may see (null: all). */
export async function stockScope(req: AuthenticatedMedusaRequest): Promise<{ staff: StaffContext; location_ids: string[] | null; settings: any }> {
  const [staff, settings] = await Promise.all([
    // A role guard before the route has already looked the caller up.
    (req as any).staff ? Promise.resolve((req as any).staff as StaffContext) : resolveStaff(req),
    (req.scope.resolve(PRODUCTION_MODULE) as ProductionModuleService).getSettings(),
  ])
  return { staff, location_ids: visibleLocationIds(staff, settings.managers_all_locations), settings }
}

/** Items outside the caller's locations do not exist for them: 404, as for any missing item. */
export function assertVisible(item: { id: string; location_id: string }, location_ids: string[] | null) {
  if (location_ids && !location_ids.includes(item.location_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock item with id "${item.id}" was not found`)
  }
}
