/**
 * Settings → Production on the admin's sdk: the settings, the stage catalog,
 * departments, inventory types and the caller's permissions. Every key starts
 * with "production", so a catalog reset refreshes all of it at once; other
 * screens (jobs, stock, repairs, metal) read the same hooks. The changes to
 * the stage catalog and the departments are in ./production-catalog.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  Department,
  InventoryType,
  ProductionMe,
  ProductionSettingsResponse,
  SettingsUpdate,
  StageListResponse,
  StageQuery,
} from "../../../types/production-settings"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"

export const BASE = "/admin/production"

export const productionKeys = {
  all: ["production"] as const,
  settings: () => ["production", "settings"] as const,
  stages: () => ["production", "stages"] as const,
  stageList: (query: StageQuery) => ["production", "stages", query] as const,
  departments: () => ["production", "departments"] as const,
  inventoryTypes: () => ["production", "inventory-types"] as const,
  me: () => ["production", "me"] as const,
}

export function useProductionSettings() {
  return useQuery({
    queryKey: productionKeys.settings(),
    queryFn: () => sdkFetch<ProductionSettingsResponse>(`${BASE}/settings`),
    select: (d) => d.settings,
  })
}

/** The stage catalog in flow order; `q` searches name and code, `is_active` narrows it. */
export function useStages(query: StageQuery = {}) {
  const normalised: StageQuery = { q: query.q?.trim() || undefined, is_active: query.is_active }
  return useQuery({
    queryKey: productionKeys.stageList(normalised),
    queryFn: () => sdkFetch<StageListResponse>(`${BASE}/stages`, { query: normalised }),
    // Keep the rows on screen while a new search loads.
    placeholderData: keepPreviousData,
  })
}

export function useDepartments() {
  return useQuery({
    queryKey: productionKeys.departments(),
    queryFn: () => sdkFetch<{ departments: Department[] }>(`${BASE}/departments`),
    select: (d) => d.departments,
  })
}

export function useInventoryTypes() {
  return useQuery({
    queryKey: productionKeys.inventoryTypes(),
    queryFn: () => sdkFetch<{ inventory_types: InventoryType[] }>(`${BASE}/inventory-types`),
    select: (d) => d.inventory_types,
  })
}

/** The caller's role and what it may do; a staff member without change_settings sees Settings → Production read-only. */
export function useProductionMe() {
  return useQuery({ queryKey: productionKeys.me(), queryFn: () => sdkFetch<ProductionMe>(`${BASE}/me`), retry: false })
}

export function useUpdateProductionSettings() {
  const qc = useQueryClient()
  return useMutation<ProductionSettingsResponse, ApiError, SettingsUpdate>({
    mutationFn: (body) => sdkFetch<ProductionSettingsResponse>(`${BASE}/settings`, { method: "POST", body }),
    onSuccess: (data) => qc.setQueryData(productionKeys.settings(), data),
  })
}

/** The names other screens have used for the stage and department lists. */
