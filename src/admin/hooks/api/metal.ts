import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from "@tanstack/react-query"
import { sdkFetch } from "../../lib/sdk"
import type { ApiError } from "../../lib/api"
import { hasRole } from "../../../lib/roles"
import { useProductionMe } from "./production-settings"
import type {
  CompleteMeltLotBody,
  CreateMeltLotBody,
  CreateRefiningLotBody,
  LossReportResponse,
  MeltLot,
  MetalBalancesResponse,
  MetalEntriesResponse,
  ReceiveRefiningLotBody,
  RefiningLot,
  WasteResponse,
} from "../../../types/metal"

/** Query keys of the metal domain: one root, so a change refreshes every metal screen. */
export const metalKeys = {
  all: ["metal"] as const,
  balances: (q?: object) => ["metal", "balances", q ?? {}] as const,
  entries: (q?: object) => ["metal", "entries", q ?? {}] as const,
  lossReport: (q?: object) => ["metal", "loss-report", q ?? {}] as const,
  waste: (q?: object) => ["metal", "waste", q ?? {}] as const,
  refiningLots: (q?: object) => ["metal", "refining-lots", q ?? {}] as const,
  refiningLot: (id: string) => ["metal", "refining-lot", id] as const,
  meltLots: (q?: object) => ["metal", "melt-lots", q ?? {}] as const,
  meltLot: (id: string) => ["metal", "melt-lot", id] as const,
}

type Opts<T> = Omit<UseQueryOptions<T, Error, T, readonly unknown[]>, "queryKey" | "queryFn">
const fetchJson = <T>(path: string, query?: Record<string, unknown>) => sdkFetch<T>(path, { query })

export type PeriodQuery = { from?: string; to?: string }

export const useMetalBalances = (q: PeriodQuery = {}, options?: Opts<MetalBalancesResponse>) =>
  useQuery({ queryKey: metalKeys.balances(q), queryFn: () => fetchJson<MetalBalancesResponse>("/admin/metal/balances", q), ...options })

export const useMetalEntries = (
  q: PeriodQuery & { holder_type?: string; holder_id?: string; job_id?: string; limit?: number; offset?: number },
  options?: Opts<MetalEntriesResponse>
) => useQuery({ queryKey: metalKeys.entries(q), queryFn: () => fetchJson<MetalEntriesResponse>("/admin/metal/entries", q), ...options })

export const useLossReport = (q: PeriodQuery & { stage_id?: string; department_id?: string; metal?: string }, options?: Opts<LossReportResponse>) =>
  useQuery({ queryKey: metalKeys.lossReport(q), queryFn: () => fetchJson<LossReportResponse>("/admin/metal/loss-report", q), ...options })

export const useMetalWaste = (q: PeriodQuery & { metal?: string; department_id?: string } = {}, options?: Opts<WasteResponse>) =>
  useQuery({ queryKey: metalKeys.waste(q), queryFn: () => fetchJson<WasteResponse>("/admin/metal/waste", q), ...options })

export const useRefiningLots = (q: { status?: string; limit?: number; offset?: number } = {}, options?: Opts<{ refining_lots: RefiningLot[]; count: number }>) =>
  useQuery({ queryKey: metalKeys.refiningLots(q), queryFn: () => fetchJson<{ refining_lots: RefiningLot[]; count: number }>("/admin/metal/refining-lots", q), ...options })

export const useRefiningLot = (id: string, options?: Opts<{ refining_lot: RefiningLot }>) =>
  useQuery({ queryKey: metalKeys.refiningLot(id), queryFn: () => fetchJson<{ refining_lot: RefiningLot }>(`/admin/metal/refining-lots/${id}`), ...options })

export const useMeltLots = (q: { status?: string; limit?: number; offset?: number } = {}, options?: Opts<{ melt_lots: MeltLot[]; count: number }>) =>
  useQuery({ queryKey: metalKeys.meltLots(q), queryFn: () => fetchJson<{ melt_lots: MeltLot[]; count: number }>("/admin/metal/melt-lots", q), ...options })

export const useMeltLot = (id: string, options?: Opts<{ melt_lot: MeltLot }>) =>
  useQuery({ queryKey: metalKeys.meltLot(id), queryFn: () => fetchJson<{ melt_lot: MeltLot }>(`/admin/metal/melt-lots/${id}`), ...options })

/** Every lot change moves stock too: metal screens and stock lists refresh. */
function useMetalMutation<TBody, TResult>(fn: (body: TBody) => Promise<TResult>) {
  const client = useQueryClient()
  return useMutation<TResult, ApiError, TBody>({
    mutationFn: fn,
    onSuccess: () => {
      client.invalidateQueries({ queryKey: metalKeys.all })
      client.invalidateQueries({ queryKey: ["stock-items"] })
    },
  })
}
const post = <T>(path: string, body: Record<string, any>) => sdkFetch<T>(path, { method: "POST", body })

export const useCreateRefiningLot = () => useMetalMutation((body: CreateRefiningLotBody) => post<{ refining_lot: RefiningLot }>("/admin/metal/refining-lots", body))
export const useSendRefiningLot = (id: string) =>
  useMetalMutation((body: { supplier_id?: string; sent_at?: string }) => post<{ refining_lot: RefiningLot }>(`/admin/metal/refining-lots/${id}/send`, body))
export const useReceiveRefiningLot = (id: string) =>
  useMetalMutation((body: ReceiveRefiningLotBody) => post<{ refining_lot: RefiningLot; created_items: { id: string; tag_id: string }[] }>(`/admin/metal/refining-lots/${id}/receive`, body))
export const useCancelRefiningLot = (id: string) => useMetalMutation(() => post<{ refining_lot: RefiningLot }>(`/admin/metal/refining-lots/${id}/cancel`, {}))
export const useCreateMeltLot = () => useMetalMutation((body: CreateMeltLotBody) => post<{ melt_lot: MeltLot }>("/admin/metal/melt-lots", body))
export const useCompleteMeltLot = (id: string) =>
  useMetalMutation((body: CompleteMeltLotBody) => post<{ melt_lot: MeltLot; created_item: { id: string; tag_id: string } }>(`/admin/metal/melt-lots/${id}/complete`, body))
export const useCancelMeltLot = (id: string) => useMetalMutation(() => post<{ melt_lot: MeltLot }>(`/admin/metal/melt-lots/${id}/cancel`, {}))

/** Managers and admins move lots (create, send, receive, melt, cancel); members see them. */
export function useCanMoveLots() {
  const me = useProductionMe()
  return !!me.data && hasRole(me.data.staff.role, "manager")
}
