import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AccessSettings } from "../../modules/production/service"
import { StaffContext, visibleLocationIds } from "../../lib/roles"
import { requestAccess } from "./staff"

/** The caller, the locations whose stock they may see (null: all) and the settings stock is shown with. */
export async function stockScope(req: AuthenticatedMedusaRequest): Promise<{ staff: StaffContext; location_ids: string[] | null; settings: AccessSettings }> {
  const { staff, settings } = await requestAccess(req)
  return { staff, location_ids: visibleLocationIds(staff, settings.managers_all_locations), settings }
}

/** Items outside the caller's locations do not exist for them: 404, as for any missing item. */
export function assertVisible(item: { id: string; location_id: string }, location_ids: string[] | null) {
  if (location_ids && !location_ids.includes(item.location_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock item with id "${item.id}" was not found`)
  }
}
