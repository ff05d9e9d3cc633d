import type { Industry, InventoryKind } from "../../lib/industry-defaults"
import type { WeightUnit } from "../../lib/units"

/**
 * Settings → Production as the admin API answers it (src/api/admin/production):
 * the workshop's settings, its stage catalog, departments and inventory types.
 * The server's routes and the admin's screens share these shapes.
 */
export type ProductionSettings = {
  id: string
  due_date_offset_days: number
  default_start_stage_id: string | null
  enforce_stage_inventory_mapping: boolean
  enforce_stage_department_mapping: boolean
  qa_checks_required: boolean
  weight_tolerance_percent: number | null
  default_weight_unit: WeightUnit
  industry: Industry
  tag_prefix: string
  /** The tag stock the printer is loaded with and the barcode printed on it (src/lib/tags-print). */
  tag_stock: string
  tag_symbology: "code128" | "qr"
  managers_all_locations: boolean
  /** Karat → fineness the workshop uses; null: the hallmark convention (SPEC 4b). */
  karat_table: Record<string, string> | null
}

/** What POST /admin/production/settings takes: any subset; the tolerance may be sent as typed. */
export type SettingsUpdate = Partial<Omit<ProductionSettings, "id" | "weight_tolerance_percent" | "karat_table">> & {
  karat_table?: Record<string, string> | null
  weight_tolerance_percent?: number | string | null
}
export type ProductionSettingsResponse = { settings: ProductionSettings }

export type ProductionStage = {
  id: string
  name: string
  code: string | null
  description: string | null
  inventory_type_ids: string[]
  department_ids: string[]
  is_active: boolean
  rank: number
  /** Allowed metal loss at this stage, % of what it was issued; null: no check (SPEC 4c). */
  loss_standard_pct: number | string | null
}
export type StageInput = {
  name: string
  code?: string | null
  description?: string | null
  inventory_type_ids?: string[]
  department_ids?: string[]
  is_active?: boolean
  loss_standard_pct?: string | null
}
export type StageQuery = { q?: string; is_active?: boolean }
export type StageListResponse = { stages: ProductionStage[]; count: number }

export type Department = { id: string; name: string; code: string | null; rank: number }
export type DepartmentInput = { name: string; code?: string | null }

export type InventoryType = { id: string; kind: InventoryKind; name: string; code: string }

export type ProductionMe = {
  staff: { role: "admin" | "manager" | "member"; [key: string]: unknown }
  permissions: { change_settings: boolean; choose_product_image: boolean }
}

export type ResetResult = { industry: Industry; stages_created: number; stages_removed: number; stages_archived: number }

export type { Industry, InventoryKind, WeightUnit }
