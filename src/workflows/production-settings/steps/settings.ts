import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"

export type SettingsPatch = {
  due_date_offset_days?: number
  default_start_stage_id?: string | null
  enforce_stage_inventory_mapping?: boolean
  enforce_stage_department_mapping?: boolean
  qa_checks_required?: boolean
  weight_tolerance_percent?: string | number | null
  default_weight_unit?: string
  industry?: string
  tag_prefix?: string
  tag_stock?: string
  tag_symbology?: string
  managers_all_locations?: boolean
  karat_table?: Record<string, string> | null
}

const SETTINGS_FIELDS: (keyof SettingsPatch)[] = [
  "due_date_offset_days",
  "default_start_stage_id",
  "enforce_stage_inventory_mapping",
  "enforce_stage_department_mapping",
  "qa_checks_required",
  "weight_tolerance_percent",
  "default_weight_unit",
  "industry",
  "tag_prefix",
  "tag_stock",
  "tag_symbology",
  "managers_all_locations",
  "karat_table",
]

/** Checks the rules that need the database: the default start stage must be an active stage. */
export async function assertActiveStage(service: ProductionModuleService, stageId: string, field: string) {
  const [stage] = await service.listProductionStages({ id: stageId, archived_at: null }, { take: 1 })
  if (!stage) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: stage "${stageId}" does not exist`)
  }
  if (!stage.is_active) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: stage "${stage.name}" is not active`)
  }
}

export const updateSettingsStep = createStep(
  "update-production-settings",
  async (patch: SettingsPatch, { container }) => {
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    if (patch.default_start_stage_id) {
      await assertActiveStage(service, patch.default_start_stage_id, "default_start_stage_id")
    }
    const current = await service.getSettings()
    const previous: Record<string, unknown> = { id: current.id }
    for (const key of SETTINGS_FIELDS) {
      if (key in patch) previous[key] = (current as any)[key]
    }
    const updated = await service.updateProductionSettings({ id: current.id, ...(patch as any) })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    await service.updateProductionSettings(previous as any)
  }
)
