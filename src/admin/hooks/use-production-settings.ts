/**
 * React Query hooks for Settings → Production. The dashboard provides the
 * QueryClient; every key starts with "production" so a catalog reset can
 * refresh all of it at once.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import type { ApiError } from "../lib/api"
import {
  productionSettingsApi as client,
  type DepartmentInput,
  type Industry,
  type ProductionStage,
  type SettingsUpdate,
  type StageInput,
  type StageQuery,
} from "../lib/production-settings"

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
  return useQuery({ queryKey: productionKeys.settings(), queryFn: client.settings, select: (d) => d.settings })
}

export function useProductionStages(query: StageQuery = {}) {
  const normalised: StageQuery = { q: query.q?.trim() || undefined, is_active: query.is_active }
  return useQuery({
    queryKey: productionKeys.stageList(normalised),
    queryFn: () => client.stages(normalised),
    // Keep the rows on screen while a new search loads.
    placeholderData: keepPreviousData,
  })
}

export function useProductionDepartments() {
  return useQuery({ queryKey: productionKeys.departments(), queryFn: client.departments, select: (d) => d.departments })
}

export function useInventoryTypes() {
  return useQuery({ queryKey: productionKeys.inventoryTypes(), queryFn: client.inventoryTypes, select: (d) => d.inventory_types })
}

/** The caller's role and what it may do; a staff member without change_settings sees the page read-only. */
export function useProductionMe() {
  return useQuery({ queryKey: productionKeys.me(), queryFn: client.me, retry: false })
}

export function useUpdateProductionSettings() {
  const qc = useQueryClient()
  return useMutation<Awaited<ReturnType<typeof client.updateSettings>>, ApiError, SettingsUpdate>({
    mutationFn: client.updateSettings,
    onSuccess: (data) => {
      qc.setQueryData(productionKeys.settings(), data)
    },
  })
}

export function useCreateStage() {
  const qc = useQueryClient()
  return useMutation<{ stage: ProductionStage }, ApiError, StageInput>({
    mutationFn: client.createStage,
    onSuccess: () => qc.invalidateQueries({ queryKey: productionKeys.stages() }),
  })
}

export function useUpdateStage() {
  const qc = useQueryClient()
  return useMutation<{ stage: ProductionStage }, ApiError, { id: string } & Partial<StageInput>>({
    mutationFn: ({ id, ...body }) => client.updateStage(id, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: productionKeys.stages() }),
  })
}

type StageLists = { stages: ProductionStage[]; count: number }

/** Flips a stage's Active flag at once in every list on screen; puts it back if the API refuses. */
export function useSetStageActive() {
  const qc = useQueryClient()
  return useMutation<{ stage: ProductionStage }, ApiError, { id: string; is_active: boolean }, { previous: [QueryKey, StageLists | undefined][] }>({
    mutationFn: ({ id, is_active }) => client.updateStage(id, { is_active }),
    onMutate: async ({ id, is_active }) => {
      await qc.cancelQueries({ queryKey: productionKeys.stages() })
      const previous = qc.getQueriesData<StageLists>({ queryKey: productionKeys.stages() })
      qc.setQueriesData<StageLists>({ queryKey: productionKeys.stages() }, (old) =>
        old ? { ...old, stages: old.stages.map((s) => (s.id === id ? { ...s, is_active } : s)) } : old
      )
      return { previous }
    },
    onError: (_e, _v, context) => {
      context?.previous.forEach(([key, data]) => qc.setQueryData<StageLists | undefined>(key, data))
    },
    onSettled: () => qc.invalidateQueries({ queryKey: productionKeys.stages() }),
  })
}

/** Moves a stage one place up or down in the flow (`ids` is the whole flow, in order). */
export function useMoveStage() {
  const qc = useQueryClient()
  return useMutation<unknown, ApiError, { ids: string[]; id: string; by: -1 | 1 }>({
    mutationFn: ({ ids, id, by }) => {
      const from = ids.indexOf(id)
      const to = from + by
      if (from < 0 || to < 0 || to >= ids.length) return Promise.resolve(null)
      const order = [...ids]
      ;[order[from], order[to]] = [order[to], order[from]]
      return client.reorderStages(order)
    },
    onSettled: () => qc.invalidateQueries({ queryKey: productionKeys.stages() }),
  })
}

export function useDeleteStage() {
  const qc = useQueryClient()
  return useMutation<unknown, ApiError, string>({
    mutationFn: client.deleteStage,
    onSuccess: () => qc.invalidateQueries({ queryKey: productionKeys.stages() }),
  })
}

export function useCreateDepartment() {
  const qc = useQueryClient()
  return useMutation<unknown, ApiError, DepartmentInput>({
    mutationFn: client.createDepartment,
    onSuccess: () => qc.invalidateQueries({ queryKey: productionKeys.departments() }),
  })
}

export function useUpdateDepartment() {
  const qc = useQueryClient()
  return useMutation<unknown, ApiError, { id: string } & Partial<DepartmentInput>>({
    mutationFn: ({ id, ...body }) => client.updateDepartment(id, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: productionKeys.departments() }),
  })
}

/** Removing a department also drops it from the stages mapped to it. */
export function useDeleteDepartment() {
  const qc = useQueryClient()
  return useMutation<unknown, ApiError, string>({
    mutationFn: client.deleteDepartment,
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: productionKeys.departments() })
      qc.invalidateQueries({ queryKey: productionKeys.stages() })
    },
  })
}

/** A reset replaces stages, departments and inventory types and may move the default start stage: refresh everything. */
export function useResetProductionCatalog() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (industry: Industry) => client.reset(industry),
    onSuccess: () => qc.invalidateQueries({ queryKey: productionKeys.all }),
  })
}

/** `value`, once it has stopped changing for `ms`. */
export function useDebouncedValue<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return settled
}
