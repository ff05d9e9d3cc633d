import { INVENTORY_KINDS as DOMAIN_KINDS, INVENTORY_KIND_LABELS } from "../../lib/industry-defaults"
/**
 * Settings → Production: the records the page shows, the choices it offers
 * and the admin API calls behind it. Everything goes through `api()` (same
 * origin, admin session cookie, errors as ApiError with the field they name).
 */
import { api } from "./api"

export type WeightUnit = "g" | "mg" | "kg" | "ct" | "gr" | "dwt" | "ozt" | "lbt" | "oz" | "tola" | "masha" | "ratti"
export type Industry = "jewelry" | "gemstones" | "custom"
export type InventoryKind = "rough" | "in_process" | "finished" | "materials_supplies"

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

export type Department = { id: string; name: string; code: string | null; rank: number }
export type DepartmentInput = { name: string; code?: string | null }

export type InventoryType = { id: string; kind: InventoryKind; name: string; code: string }

export type ProductionMe = {
  staff: { role: "admin" | "manager" | "member"; [key: string]: unknown }
  permissions: { change_settings: boolean; choose_product_image: boolean }
}

export type ResetResult = { industry: Industry; stages_created: number; stages_removed: number; stages_archived: number }

export const WEIGHT_UNITS: { value: WeightUnit; label: string }[] = [
  { value: "g", label: "Grams (g)" },
  { value: "mg", label: "Milligrams (mg)" },
  { value: "kg", label: "Kilograms (kg)" },
  { value: "ct", label: "Carats (ct)" },
  { value: "gr", label: "Grains (gr)" },
  { value: "dwt", label: "Pennyweights (dwt)" },
  { value: "ozt", label: "Troy ounces (ozt)" },
  { value: "lbt", label: "Troy pounds (lbt)" },
  { value: "oz", label: "Ounces (oz)" },
  { value: "tola", label: "Tola" },
  { value: "masha", label: "Masha" },
  { value: "ratti", label: "Ratti" },
]

export const INDUSTRIES: { value: Industry; label: string }[] = [
  { value: "jewelry", label: "Jewelry" },
  { value: "gemstones", label: "Gemstones" },
  { value: "custom", label: "Custom" },
]

export const INVENTORY_KINDS: { value: InventoryKind; label: string }[] = DOMAIN_KINDS.map((value) => ({ value, label: INVENTORY_KIND_LABELS[value] }))

const BASE = "/admin/production"

export const productionSettingsApi = {
  settings: () => api<{ settings: ProductionSettings }>(`${BASE}/settings`),
  updateSettings: (body: SettingsUpdate) => api<{ settings: ProductionSettings }>(`${BASE}/settings`, { body }),

  stages: (query: StageQuery = {}) =>
    api<{ stages: ProductionStage[]; count: number }>(`${BASE}/stages`, {
      query: { q: query.q?.trim() || undefined, is_active: query.is_active },
    }),
  createStage: (body: StageInput) => api<{ stage: ProductionStage }>(`${BASE}/stages`, { body }),
  updateStage: (id: string, body: Partial<StageInput>) => api<{ stage: ProductionStage }>(`${BASE}/stages/${id}`, { body }),
  /** Puts the listed stages first, in this order; stages not listed keep their order after them. */
  reorderStages: (ids: string[]) => api<{ ids: string[] }>(`${BASE}/stage-order`, { body: { ids } }),
  deleteStage: (id: string) => api<{ id: string; deleted: boolean }>(`${BASE}/stages/${id}`, { method: "DELETE" }),

  departments: () => api<{ departments: Department[] }>(`${BASE}/departments`),
  createDepartment: (body: DepartmentInput) => api<{ department: Department }>(`${BASE}/departments`, { body }),
  updateDepartment: (id: string, body: Partial<DepartmentInput>) => api<{ department: Department }>(`${BASE}/departments/${id}`, { body }),
  deleteDepartment: (id: string) => api<{ id: string; deleted: boolean }>(`${BASE}/departments/${id}`, { method: "DELETE" }),

  inventoryTypes: () => api<{ inventory_types: InventoryType[] }>(`${BASE}/inventory-types`),
  me: () => api<ProductionMe>(`${BASE}/me`),
  reset: (industry: Industry) => api<{ reset: ResetResult }>(`${BASE}/reset`, { body: { industry, confirm: true } }),
}
