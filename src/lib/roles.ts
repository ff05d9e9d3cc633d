/** Staff roles (SPEC section 7). */
export const STAFF_ROLE_ORDER = ["member", "manager", "admin"] as const
export type Role = (typeof STAFF_ROLE_ORDER)[number]

export type StaffContext = {
  user_id: string | null
  role: Role
  department_ids: string[]
  location_ids: string[]
  has_profile: boolean
}

/**
 * A staff member's role (SPEC 7): their profile's. A user without a profile
 * counts as admin only while no profile exists at all (a fresh install works
 * at once); once the workshop has profiles, such a user is a member with no
 * locations until an admin gives them one.
 */
export function effectiveRole(profile: { role: string } | null | undefined, anyProfileExists = false): Role {
  const role = profile?.role as Role | undefined
  if (role && (STAFF_ROLE_ORDER as readonly string[]).includes(role)) return role
  return anyProfileExists ? "member" : "admin"
}

/** True when `role` is `minimum` or above it (member < manager < admin). */
export function hasRole(role: Role, minimum: Role): boolean {
  return STAFF_ROLE_ORDER.indexOf(role) >= STAFF_ROLE_ORDER.indexOf(minimum)
}

export const canChangeSettings = (role: Role) => hasRole(role, "admin")
export const canChooseProductImage = (role: Role) => hasRole(role, "manager")

/**
 * The stock locations a staff member may see: null means all of them.
 * Members see their own locations; managers too unless the store lets
 * managers use every location; admins see all.
 */
export function visibleLocationIds(
  staff: Pick<StaffContext, "role" | "location_ids">,
  managersAllLocations: boolean
): string[] | null {
  if (staff.role === "admin") return null
  if (staff.role === "manager" && managersAllLocations) return null
  return staff.location_ids
}

/**
 * Whether a change to the staff profiles would leave the workshop with
 * profiles but no admin among them. Such a workshop has nobody who can
 * change settings or give roles (users without a profile count as admin
 * only while no profile exists), so the change is refused. Removing the
 * very last profile is allowed: everyone is admin again, as on a fresh
 * install. `after` is the list of profiles as they would be.
 */
export function leavesNoAdmin(after: { role: string }[]): boolean {
  return after.length > 0 && !after.some((p) => p.role === "admin")
}
