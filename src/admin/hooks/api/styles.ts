import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"

export type BomLineView = { kind: string; description: string | null; purity: string | null; shape: string | null; size: string | null; quantity: number; weight: string | null; weight_unit: string | null; unit_cost: string; cost_per: string }
export type LaborLineView = { stage_name: string; cost: string }
export type Style = {
  id: string
  code: string
  name: string
  category: string | null
  source: "own" | "vendor"
  vendor_name: string | null
  vendor_sku: string | null
  lead_time_days: number
  image_url: string | null
  description: string | null
  variant_id: string | null
  made_to_order: boolean
  bom_lines: BomLineView[]
  labor_lines: LaborLineView[]
  estimate: { per_piece: string } | null
}
export type StyleQuery = { source?: "own" | "vendor"; q?: string; limit?: number; offset?: number }

export const styleKeys = { all: ["styles"] as const, list: (q: StyleQuery) => ["styles", "list", q] as const }

export const useStyles = (q: StyleQuery) =>
  useQuery({ queryKey: styleKeys.list(q), queryFn: () => sdkFetch<{ styles: Style[]; count: number }>("/admin/styles", { query: q }), placeholderData: keepPreviousData })

/** Create (no id) or update a style; lines given replace the current ones. */
export function useSaveStyle() {
  const client = useQueryClient()
  return useMutation<{ style: Style }, ApiError, { id?: string; body: Record<string, any> }>({
    mutationFn: ({ id, body }) => sdkFetch(id ? `/admin/styles/${id}` : "/admin/styles", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: styleKeys.all }),
  })
}

export function useRemoveStyle() {
  const client = useQueryClient()
  return useMutation<{ deleted: boolean }, ApiError, string>({
    mutationFn: (id) => sdkFetch(`/admin/styles/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: styleKeys.all }),
  })
}
