import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../modules/production"
import type { AccessSettings, default as ProductionModuleService } from "../../modules/production/service"
import { effectiveRole, hasRole, Role, StaffContext } from "../../lib/roles"

/**
 * The calling staff member's role, departments and locations (SPEC 7), with
 * the settings that scope and format what they read, looked up once per
 * request in one round trip (`accessContext`). A user without a profile
 * counts as admin only while no profile exists at all; after that they are a
 * member with no locations.
 */
export function requestAccess(req: AuthenticatedMedusaRequest): Promise<{ staff: StaffContext; settings: AccessSettings }> {
  const r = req as AuthenticatedMedusaRequest & { [ACCESS]?: Promise<{ staff: StaffContext; settings: AccessSettings }> }
  return (r[ACCESS] ??= loadAccess(req))
}

const ACCESS = Symbol("jewelry.access")

async function loadAccess(req: AuthenticatedMedusaRequest): Promise<{ staff: StaffContext; settings: AccessSettings }> {
  const actorType = req.auth_context?.actor_type
  const userId = actorType === "user" ? req.auth_context.actor_id : null
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const { profile, any_profile, settings } = await service.accessContext(userId)
  // The settings row is made with its defaults the first time anything asks for it.
  const access = settings ?? (await service.getSettings())
  if (!userId) {
    // Secret API keys act for the store owner: only the plugin's admins may create them (see the guards).
    return { staff: { user_id: null, role: "admin", department_ids: [], location_ids: [], has_profile: false }, settings: access }
  }
  return {
    staff: {
      user_id: userId,
      role: effectiveRole(profile, any_profile),
      department_ids: (profile?.department_ids ?? []).slice(),
      location_ids: (profile?.location_ids ?? []).slice(),
      has_profile: !!profile,
    },
    settings: access,
  }
}

export async function resolveStaff(req: AuthenticatedMedusaRequest): Promise<StaffContext> {
  return (await requestAccess(req)).staff
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
      next()
    } catch (e) {
      next(e)
    }
  }
}
