import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { leavesNoAdmin } from "../../../lib/roles"

const NO_ADMIN_LEFT =
  "The workshop would have no admin left: give another staff member the admin role first (with profiles in place, nobody else can change settings or roles)"

/** Refuses a change after which the workshop has profiles but no admin (SPEC 7). */
async function assertAdminRemains(service: ProductionModuleService, after: (all: { id: string; user_id: string; role: string }[]) => { role: string }[]) {
  const all = await service.listStaffProfiles({}, { select: ["id", "user_id", "role"], take: null as any })
  if (leavesNoAdmin(after(all as any))) throw new MedusaError(MedusaError.Types.CONFLICT, `role: ${NO_ADMIN_LEFT}`)
}

export type StaffProfileInput = {
  user_id: string
  role: "admin" | "manager" | "member"
  department_ids?: string[]
  location_ids?: string[]
  /** The signed-in user making the change. */
  actor_user_id?: string | null
}

/** Creates or replaces the profile of a Medusa user; the user, departments and locations must exist. */
type UpsertUndo = { created_id?: string; restore?: Record<string, unknown>; founder_id?: string }

export const upsertStaffProfileStep = createStep(
  "upsert-production-staff-profile",
  async (input: StaffProfileInput, { container }) => {
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    const users = await container.resolve(Modules.USER).listUsers({ id: [input.user_id] })
    if (!users.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `user_id: user "${input.user_id}" does not exist`)
    }
    if (input.department_ids?.length) {
      const found = await service.listProductionDepartments({ id: input.department_ids }, { take: null as any })
      const unknown = input.department_ids.filter((id) => !found.some((d) => d.id === id))
      if (unknown.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `department_ids: unknown department ${unknown.join(", ")}`)
      }
    }
    if (input.location_ids?.length) {
      const found = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: input.location_ids })
      const unknown = input.location_ids.filter((id) => !found.some((l: any) => l.id === id))
      if (unknown.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `location_ids: unknown stock location ${unknown.join(", ")}`)
      }
    }
    // The first profile ever ends "everyone is admin": whoever creates it for someone else keeps
    // being admin through a profile of their own, so nobody locks the workshop out.
    let founder_id: string | undefined
    if (input.actor_user_id && input.actor_user_id !== input.user_id && !(await service.listStaffProfiles({}, { select: ["id"], take: 1 })).length) {
      founder_id = (await service.createStaffProfiles({ user_id: input.actor_user_id, role: "admin" as any })).id
    }
    const [existing] = await service.listStaffProfiles({ user_id: input.user_id }, { take: 1 })
    if (existing && input.role !== "admin" && !founder_id) {
      await assertAdminRemains(service, (all) => all.map((p) => (p.id === existing.id ? { role: input.role } : p)))
    }
    const data = {
      role: input.role as any,
      department_ids: (input.department_ids ?? existing?.department_ids ?? []) as any,
      location_ids: (input.location_ids ?? existing?.location_ids ?? []) as any,
    }
    if (existing) {
      const updated = await service.updateStaffProfiles({ id: existing.id, ...data })
      const undo: UpsertUndo = {
        restore: { id: existing.id, role: existing.role, department_ids: existing.department_ids, location_ids: existing.location_ids },
        founder_id,
      }
      return new StepResponse(updated, undo)
    }
    const created = await service.createStaffProfiles({ user_id: input.user_id, ...data })
    const undo: UpsertUndo = { created_id: created.id, founder_id }
    return new StepResponse(created, undo)
  },
  async (undo: UpsertUndo | undefined, { container }) => {
    if (!undo) return
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    if (undo.created_id) await service.deleteStaffProfiles(undo.created_id)
    if (undo.restore) await service.updateStaffProfiles(undo.restore as any)
    if (undo.founder_id) await service.deleteStaffProfiles(undo.founder_id)
  }
)

export const removeStaffProfileStep = createStep(
  "remove-production-staff-profile",
  async (id: string, { container }) => {
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    const [profile] = await service.listStaffProfiles({ id }, { take: 1 })
    if (!profile) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Staff profile with id "${id}" was not found`)
    }
    await assertAdminRemains(service, (all) => all.filter((p) => p.id !== id))
    await service.softDeleteStaffProfiles([id])
    return new StepResponse({ id, deleted: true }, id)
  },
  async (id, { container }) => {
    if (!id) return
    await (container.resolve(PRODUCTION_MODULE) as ProductionModuleService).restoreStaffProfiles([id])
  }
)
