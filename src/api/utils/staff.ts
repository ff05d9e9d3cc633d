import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"
import { effectiveRole, hasRole, Role, StaffContext } from "../../lib/roles"

/**
 * The calling staff member's role, departments and locations (SPEC 7). A user
 * without a profile counts as admin only while no profile exists at all;
 * after that they are a member with no locations.
 */
export async function resolveStaff(req: AuthenticatedMedusaRequest): Promise<StaffContext> {
  const actorType = req.auth_context?.actor_type
  const userId = actorType === "user" ? req.auth_context.actor_id : null
  if (!userId) {
    // Secret API keys act for the store owner: only the plugin's admins may create them (see the guards).
    return { user_id: null, role: "admin", department_ids: [], location_ids: [], has_profile: false }
  }
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [profile] = await service.listStaffProfiles({ user_id: userId }, { take: 1 })
  const anyProfile = profile ? true : (await service.listStaffProfiles({}, { select: ["id"], take: 1 })).length > 0
  return {
    user_id: userId,
    role: effectiveRole(profile, anyProfile),
    department_ids: ((profile?.department_ids as string[]) ?? []).slice(),
    location_ids: ((profile?.location_ids as string[]) ?? []).slice(),
    has_profile: !!profile,
  }
}

/** Middleware: refuses with 403 unless the caller has at least `minimum` role. */
export function requireRole(minimum: Role) {
  return async (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const staff = await resolveStaff(req)
      if (!hasRole(staff.role, minimum)) {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `Only ${minimum === "admin" ? "admins" : "managers and admins"} can do this; your role is ${staff.role}`
        )
      }
      ;(req as any).staff = staff
      next()
    } catch (e) {
      next(e)
    }
  }
}
