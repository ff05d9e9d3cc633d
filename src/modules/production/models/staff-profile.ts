import { model } from "@medusajs/framework/utils"

export const STAFF_ROLES = ["admin", "manager", "member"] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** A Medusa user's place in the workshop. A user without a profile counts as admin only while no profile exists (SPEC 7). */
export const StaffProfile = model
  .define("production_staff_profile", {
    id: model.id({ prefix: "prstaff" }).primaryKey(),
    user_id: model.text(),
    role: model.enum(STAFF_ROLES as unknown as string[]).default("member"),
    department_ids: model.array().default([]),
    location_ids: model.array().default([]),
  })
  .indexes([{ name: "IDX_production_staff_profile_user_unique", on: ["user_id"], unique: true, where: "deleted_at IS NULL" }])
