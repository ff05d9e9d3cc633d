import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import ProductionModuleService, { nameKey } from "../../../modules/production/service"
import { rethrowUniqueAsConflict } from "./utils"

export type StageInput = {
  name?: string
  code?: string | null
  description?: string | null
  inventory_type_ids?: string[]
  department_ids?: string[]
  is_active?: boolean
  rank?: number
  loss_standard_pct?: string | null
}

export async function retrieveStage(service: ProductionModuleService, id: string) {
  const [stage] = await service.listProductionStages({ id, archived_at: null }, { take: 1 })
  if (!stage) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production stage with id "${id}" was not found`)
  }
  return stage
}

/** Names unique ignoring case, codes unique, departments and inventory types known. */
export async function assertStageInput(service: ProductionModuleService, input: StageInput, excludeId?: string) {
  if (input.name !== undefined) {
    const clash = (await service.listProductionStages({ name_key: nameKey(input.name), archived_at: null }, { take: 2 }))
      .find((s) => s.id !== excludeId)
    if (clash) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `name: a stage named "${clash.name}" already exists`)
    }
  }
  if (input.code) {
    const clash = (await service.listProductionStages({ code: input.code, archived_at: null }, { take: 2 }))
      .find((s) => s.id !== excludeId)
    if (clash) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `code: stage "${clash.name}" already uses the code "${input.code}"`)
    }
  }
  if (input.department_ids?.length) {
    const found = await service.listProductionDepartments({ id: input.department_ids }, { take: null as any })
    const unknown = input.department_ids.filter((id) => !found.some((d) => d.id === id))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `department_ids: unknown department ${unknown.join(", ")}`)
    }
  }
  if (input.inventory_type_ids?.length) {
    const found = await service.listInventoryTypes({ id: input.inventory_type_ids }, { take: null as any })
    const unknown = input.inventory_type_ids.filter((id) => !found.some((t) => t.id === id))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `inventory_type_ids: unknown inventory type ${unknown.join(", ")}`)
    }
  }
}

/** A stage the settings use as the default start stage cannot be deactivated or removed. */
async function assertNotDefaultStart(service: ProductionModuleService, stageId: string, action: string) {
  const settings = await service.getSettings()
  if (settings.default_start_stage_id === stageId) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `is_active: this stage is the default start stage; choose another default start stage before you ${action} it`
    )
  }
}

function toRecord(input: StageInput) {
  const out: Record<string, unknown> = { ...input }
  if (input.name !== undefined) {
    out.name = input.name.trim()
    out.name_key = nameKey(input.name)
  }
  if (input.code !== undefined) out.code = input.code ? input.code.trim() : null
  return out
}

export const createStageStep = createStep(
  "create-production-stage",
  async (input: StageInput & { name: string }, { container }) => {
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    await assertStageInput(service, input)
    let rank = input.rank
    if (rank === undefined) {
      const [last] = await service.listProductionStages({ archived_at: null }, { order: { rank: "DESC" }, take: 1 })
      rank = last ? last.rank + 1 : 0
    }
    const stage = await service
      .createProductionStages({ ...(toRecord(input) as any), rank, is_default: false })
      .catch((e) => rethrowUniqueAsConflict(e, "name", input.name))
    return new StepResponse(stage, stage.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    await service.deleteProductionStages(id)
  }
)

export const updateStageStep = createStep(
  "update-production-stage",
  async ({ id, ...input }: StageInput & { id: string }, { container }) => {
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    const current = await retrieveStage(service, id)
    await assertStageInput(service, input, id)
    if (input.is_active === false && current.is_active) {
      await assertNotDefaultStart(service, id, "deactivate")
    }
    const previous: Record<string, unknown> = { id }
    const record = toRecord(input)
    for (const key of Object.keys(record)) previous[key] = (current as any)[key]
    const updated = await service
      .updateProductionStages({ id, ...(record as any) })
      .catch((e) => rethrowUniqueAsConflict(e, input.code && !input.name ? "code" : "name", input.name ?? input.code))
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    await service.updateProductionStages(previous as any)
  }
)

export const reorderStagesStep = createStep(
  "reorder-production-stages",
  async (ids: string[], { container }) => {
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    const stages = await service.listProductionStages({ archived_at: null }, { take: null as any })
    const known = new Set(stages.map((s) => s.id))
    const unknown = ids.filter((id) => !known.has(id))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `ids: unknown stage ${unknown.join(", ")}`)
    }
    if (new Set(ids).size !== ids.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "ids: a stage is listed twice")
    }
    // Stages not listed keep their relative order after the listed ones.
    const rest = stages.filter((s) => !ids.includes(s.id)).sort((a, b) => a.rank - b.rank).map((s) => s.id)
    const order = [...ids, ...rest]
    const previous = stages.map((s) => ({ id: s.id, rank: s.rank }))
    await service.updateProductionStages(order.map((id, rank) => ({ id, rank })))
    return new StepResponse(order, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    await service.updateProductionStages(previous)
  }
)

export const removeStageStep = createStep(
  "remove-production-stage",
  async (id: string, { container }) => {
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    await retrieveStage(service, id)
    await assertNotDefaultStart(service, id, "remove")
    const inUse = (await service.stageIdsInUse([id])).includes(id)
    if (inUse) {
      await service.updateProductionStages({ id, archived_at: new Date(), is_active: false })
      return new StepResponse({ id, archived: true }, { id, archived: true })
    }
    await service.softDeleteProductionStages([id])
    return new StepResponse({ id, archived: false }, { id, archived: false })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    if (undo.archived) {
      await service.updateProductionStages({ id: undo.id, archived_at: null, is_active: true })
    } else {
      await service.restoreProductionStages([undo.id])
    }
  }
)
