/**
 * Changes to the production catalog (stages, their order, departments) and
 * its reset; each refreshes the lists it changes (keys of ./production-settings).
 */
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query"
import type { Department, DepartmentInput, Industry, ProductionStage, ResetResult, StageInput, StageListResponse } from "../../../types/production-settings"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"
import { BASE, productionKeys } from "./production-settings"

/** A mutation of the stage catalog or the departments: on success the lists named by `refresh` reload. */
function useCatalogMutation<TVars, TData = unknown>(fn: (vars: TVars) => Promise<TData>, refresh: QueryKey[]) {
  const qc = useQueryClient()
  return useMutation<TData, ApiError, TVars>({
    mutationFn: fn,
    onSuccess: () => Promise.all(refresh.map((queryKey) => qc.invalidateQueries({ queryKey }))),
  })
}

type StageAnswer = { stage: ProductionStage }
const stageBody = (body: Partial<StageInput>) => body as Record<string, unknown>

export const useCreateStage = () =>
  useCatalogMutation((body: StageInput) => sdkFetch<StageAnswer>(`${BASE}/stages`, { method: "POST", body: stageBody(body) }), [productionKeys.stages()])

export const useUpdateStage = () =>
  useCatalogMutation(
    ({ id, ...body }: { id: string } & Partial<StageInput>) => sdkFetch<StageAnswer>(`${BASE}/stages/${id}`, { method: "POST", body: stageBody(body) }),
    [productionKeys.stages()]
  )

export const useDeleteStage = () =>
  useCatalogMutation((id: string) => sdkFetch<{ id: string; deleted: boolean }>(`${BASE}/stages/${id}`, { method: "DELETE" }), [productionKeys.stages()])

/** Flips a stage's Active flag at once in every list on screen; puts it back if the API refuses. */
export function useSetStageActive() {
  const qc = useQueryClient()
  const key = productionKeys.stages()
  return useMutation<StageAnswer, ApiError, { id: string; is_active: boolean }, { previous: [QueryKey, StageListResponse | undefined][] }>({
    mutationFn: ({ id, is_active }) => sdkFetch<StageAnswer>(`${BASE}/stages/${id}`, { method: "POST", body: { is_active } }),
    onMutate: async ({ id, is_active }) => {
      await qc.cancelQueries({ queryKey: key })
      const previous = qc.getQueriesData<StageListResponse>({ queryKey: key })
      qc.setQueriesData<StageListResponse>({ queryKey: key }, (old) => (old ? { ...old, stages: old.stages.map((s) => (s.id === id ? { ...s, is_active } : s)) } : old))
      return { previous }
    },
    onError: (_e, _v, context) => context?.previous.forEach(([k, data]) => qc.setQueryData<StageListResponse | undefined>(k, data)),
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
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
      // Puts the listed stages first, in this order.
      return sdkFetch<{ ids: string[] }>(`${BASE}/stage-order`, { method: "POST", body: { ids: order } })
    },
    onSettled: () => qc.invalidateQueries({ queryKey: productionKeys.stages() }),
  })
}

export const useCreateDepartment = () =>
  useCatalogMutation((body: DepartmentInput) => sdkFetch<{ department: Department }>(`${BASE}/departments`, { method: "POST", body }), [productionKeys.departments()])

export const useUpdateDepartment = () =>
  useCatalogMutation(
    ({ id, ...body }: { id: string } & Partial<DepartmentInput>) => sdkFetch<{ department: Department }>(`${BASE}/departments/${id}`, { method: "POST", body }),
    [productionKeys.departments()]
  )

/** Removing a department also drops it from the stages mapped to it. */
export const useDeleteDepartment = () =>
  useCatalogMutation((id: string) => sdkFetch<{ id: string; deleted: boolean }>(`${BASE}/departments/${id}`, { method: "DELETE" }), [
    productionKeys.departments(),
    productionKeys.stages(),
  ])

/** A reset replaces stages, departments and inventory types and may move the default start stage: refresh everything. */
export const useResetProductionCatalog = () =>
  useCatalogMutation((industry: Industry) => sdkFetch<{ reset: ResetResult }>(`${BASE}/reset`, { method: "POST", body: { industry, confirm: true } }), [productionKeys.all])

