/**
 * The records of Settings → Production now live in src/types/production-settings
 * (shared with the server) and the calls in hooks/api/production-settings.ts.
 * Kept so screens not yet moved over keep compiling.
 */
export type {
  Department,
  DepartmentInput,
  Industry,
  InventoryKind,
  InventoryType,
  ProductionMe,
  ProductionSettings,
  ProductionStage,
  ResetResult,
  SettingsUpdate,
  StageInput,
  StageQuery,
  WeightUnit,
} from "../../types/production-settings"
