import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"
import type {
  ApproveRepairBody,
  EstimateRepairBody,
  PickUpRepairBody,
  ReturnRepairBody,
  RepairListQuery,
  RepairListResponse,
  RepairResponse,
  TakeInRepairBody,
} from "../../../types/repairs"
import { jobKeys } from "./production-jobs"
import { stockItemKeys } from "./stock-items"

/** Query keys of the repairs domain: one root, so a change refreshes every repair screen. */
export const repairKeys = {
  all: ["repairs"] as const,
  list: (q: RepairListQuery) => ["repairs", "list", q] as const,
  detail: (id: string) => ["repairs", "detail", id] as const,
}

export const useRepairs = (q: RepairListQuery, enabled = true) =>
  useQuery({
    queryKey: repairKeys.list(q),
    queryFn: () => sdkFetch<RepairListResponse>("/admin/repairs", { query: q }),
    placeholderData: keepPreviousData,
    enabled,
  })

export const useRepair = (id: string) => useQuery({ queryKey: repairKeys.detail(id), queryFn: () => sdkFetch<RepairResponse>(`/admin/repairs/${id}`) })

/** A repair changes its piece (stock) and its job too: all three refresh. */
function useRepairMutation<TBody>(fn: (body: TBody) => Promise<RepairResponse>) {
  const client = useQueryClient()
  return useMutation<RepairResponse, ApiError, TBody>({
    mutationFn: fn,
    onSuccess: (data) => {
      client.setQueryData(repairKeys.detail(data.repair.id), data)
      client.invalidateQueries({ queryKey: repairKeys.all })
      client.invalidateQueries({ queryKey: stockItemKeys.all })
      client.invalidateQueries({ queryKey: jobKeys.all })
    },
  })
}

const post = (path: string, body: Record<string, any>) => sdkFetch<RepairResponse>(path, { method: "POST", body })

export const useTakeInRepair = () => useRepairMutation((body: TakeInRepairBody) => post("/admin/repairs", body))
export const useEstimateRepair = (id: string) => useRepairMutation((body: EstimateRepairBody) => post(`/admin/repairs/${id}/estimate`, body))
export const useApproveRepair = (id: string) => useRepairMutation((body: ApproveRepairBody) => post(`/admin/repairs/${id}/approve`, body))
export const usePickUpRepair = (id: string) => useRepairMutation((body: PickUpRepairBody) => post(`/admin/repairs/${id}/pickup`, body))
export const useReturnRepair = (id: string) => useRepairMutation((body: ReturnRepairBody) => post(`/admin/repairs/${id}/return`, body))
export const useChargeRepair = (id: string) => useRepairMutation(() => post(`/admin/repairs/${id}/charge`, {}))
