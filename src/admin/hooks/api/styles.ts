import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { StyleListQuery, StyleListResponse, StyleResponse } from "../../../types/styles"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"

export type { Style, StyleBomLine, StyleLaborLine, StyleListQuery } from "../../../types/styles"

/** Query keys of the styles domain: one root, so a save refreshes every list of styles. */
export const styleKeys = { all: ["styles"] as const, list: (q: StyleListQuery) => ["styles", "list", q] as const }

/** One page of the catalog with the exact count. */
export const useStyles = (q: StyleListQuery) =>
  useQuery({ queryKey: styleKeys.list(q), queryFn: () => sdkFetch<StyleListResponse>("/admin/styles", { query: q }), placeholderData: keepPreviousData })

/** Create (no id) or update a style; lines given replace the current ones. */
export function useSaveStyle() {
  const client = useQueryClient()
  return useMutation<StyleResponse, ApiError, { id?: string; body: Record<string, any> }>({
    mutationFn: ({ id, body }) => sdkFetch<StyleResponse>(id ? `/admin/styles/${id}` : "/admin/styles", { method: "POST", body }),
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
