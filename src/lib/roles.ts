/** Staff roles (SPEC section 7). A user without a staff profile counts as admin. */
export const STAFF_ROLE_ORDER = ["member", "manager", "admin"] as const
export type Role = (typeof STAFF_ROLE_ORDER)[number]

export type StaffContext = {
  user_id: string | null
  role: Role
  department_ids: string[]
  location_ids: string[]
  has_profile: boolean
}

export function effectiveRole(profile: { role: string } | null | undefined): Role {
  const role = profile?.role as Role | undefined
  return role && (STAFF_ROLE_ORDER as readonly string[]).includes(role) ? role : "admin"
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
