import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SettingsPatch, updateSettingsStep } from "../steps/settings"
import { createStageStep, removeStageStep, reorderStagesStep, StageInput, updateStageStep } from "../steps/stages"
import { createDepartmentStep, DepartmentInput, removeDepartmentStep, updateDepartmentStep } from "../steps/departments"
import { removeStaffProfileStep, StaffProfileInput, upsertStaffProfileStep } from "../steps/staff-profiles"
import { resetProductionCatalogStep } from "../steps/reset"
import type { Industry } from "../../../lib/industry-defaults"

export const updateProductionSettingsWorkflow = createWorkflow(
  "update-production-settings",
  (input: SettingsPatch) => new WorkflowResponse(updateSettingsStep(input))
)

export const createProductionStageWorkflow = createWorkflow(
  "create-production-stage",
  (input: StageInput & { name: string }) => new WorkflowResponse(createStageStep(input))
)

export const updateProductionStageWorkflow = createWorkflow(
  "update-production-stage",
  (input: StageInput & { id: string }) => new WorkflowResponse(updateStageStep(input))
)

export const reorderProductionStagesWorkflow = createWorkflow(
  "reorder-production-stages",
  (input: { ids: string[] }) => new WorkflowResponse(reorderStagesStep(input.ids))
)

export const removeProductionStageWorkflow = createWorkflow(
  "remove-production-stage",
  (input: { id: string }) => new WorkflowResponse(removeStageStep(input.id))
)

export const createProductionDepartmentWorkflow = createWorkflow(
  "create-production-department",
  (input: DepartmentInput & { name: string }) => new WorkflowResponse(createDepartmentStep(input))
)

export const updateProductionDepartmentWorkflow = createWorkflow(
  "update-production-department",
  (input: DepartmentInput & { id: string }) => new WorkflowResponse(updateDepartmentStep(input))
)

export const removeProductionDepartmentWorkflow = createWorkflow(
  "remove-production-department",
  (input: { id: string }) => new WorkflowResponse(removeDepartmentStep(input.id))
)

export const upsertStaffProfileWorkflow = createWorkflow(
  "upsert-production-staff-profile",
  (input: StaffProfileInput) => new WorkflowResponse(upsertStaffProfileStep(input))
)

export const removeStaffProfileWorkflow = createWorkflow(
  "remove-production-staff-profile",
  (input: { id: string }) => new WorkflowResponse(removeStaffProfileStep(input.id))
)

/** Replaces the stage catalog, departments and inventory types with an industry's defaults. */
export const resetProductionCatalogWorkflow = createWorkflow(
  "reset-production-catalog",
  (input: { industry: Industry }) => new WorkflowResponse(resetProductionCatalogStep(input.industry))
)
