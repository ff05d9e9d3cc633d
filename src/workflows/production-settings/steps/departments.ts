import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import ProductionModuleService, { nameKey } from "../../../modules/production/service"
import { rethrowUniqueAsConflict } from "./utils"

export type DepartmentInput = { name?: string; code?: string | null }

async function retrieveDepartment(service: ProductionModuleService, id: string) {
  const [dept] = await service.listProductionDepartments({ id }, { take: 1 })
  if (!dept) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Department with id "${id}" was not found`)
  }
  return dept
}

async function assertDepartmentInput(service: ProductionModuleService, input: DepartmentInput, excludeId?: string) {
  if (input.name !== undefined) {
    const clash = (await service.listProductionDepartments({ name_key: nameKey(input.name) }, { take: 2 })).find(
      (d) => d.id !== excludeId
    )
    if (clash) throw new MedusaError(MedusaError.Types.CONFLICT, `name: a department named "${clash.name}" already exists`)
  }
  if (input.code) {
    const clash = (await service.listProductionDepartments({ code: input.code }, { take: 2 })).find((d) => d.id !== excludeId)
    if (clash) throw new MedusaError(MedusaError.Types.CONFLICT, `code: department "${clash.name}" already uses the code "${input.code}"`)
  }
}

function toRecord(input: DepartmentInput) {
  const out: Record<string, unknown> = {}
  if (input.name !== undefined) {
    out.name = input.name.trim()
    out.name_key = nameKey(input.name)
  }
  if (input.code !== undefined) out.code = input.code ? input.code.trim() : null
  return out
}

export const createDepartmentStep = createStep(
  "create-production-department",
  async (input: DepartmentInput & { name: string }, { container }) => {
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    await assertDepartmentInput(service, input)
    const [last] = await service.listProductionDepartments({}, { order: { rank: "DESC" }, take: 1 })
    const dept = await service
      .createProductionDepartments({ ...(toRecord(input) as any), rank: last ? last.rank + 1 : 0 })
      .catch((e) => rethrowUniqueAsConflict(e, "name", input.name))
    return new StepResponse(dept, dept.id)
  },
  async (id, { container }) => {
    if (!id) return
    await (container.resolve(PRODUCTION_MODULE) as ProductionModuleService).deleteProductionDepartments(id)
  }
)

export const updateDepartmentStep = createStep(
  "update-production-department",
  async ({ id, ...input }: DepartmentInput & { id: string }, { container }) => {
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    const current = await retrieveDepartment(service, id)
    await assertDepartmentInput(service, input, id)
    const record = toRecord(input)
    const previous: Record<string, unknown> = { id }
    for (const key of Object.keys(record)) previous[key] = (current as any)[key]
    const updated = await service
      .updateProductionDepartments({ id, ...(record as any) })
      .catch((e) => rethrowUniqueAsConflict(e, "name", input.name))
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await (container.resolve(PRODUCTION_MODULE) as ProductionModuleService).updateProductionDepartments(previous as any)
  }
)

/** A department that stages or staff still use cannot be removed. */
export const removeDepartmentStep = createStep(
  "remove-production-department",
  async (id: string, { container }) => {
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    const dept = await retrieveDepartment(service, id)
    const stages = await service.listProductionStages({ archived_at: null }, { take: null as any })
    const usedBy = stages.filter((s) => ((s.department_ids as string[]) ?? []).includes(id))
    if (usedBy.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `id: department "${dept.name}" is mapped to stage ${usedBy.map((s) => `"${s.name}"`).join(", ")}; unmap it first`
      )
    }
    const profiles = await service.listStaffProfiles({}, { take: null as any })
    if (profiles.some((p) => ((p.department_ids as string[]) ?? []).includes(id))) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `id: department "${dept.name}" is assigned to staff; reassign them first`)
    }
    await service.softDeleteProductionDepartments([id])
    return new StepResponse({ id, deleted: true }, id)
  },
  async (id, { container }) => {
    if (!id) return
    await (container.resolve(PRODUCTION_MODULE) as ProductionModuleService).restoreProductionDepartments([id])
  }
)
