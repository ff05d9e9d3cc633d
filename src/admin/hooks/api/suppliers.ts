import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"
import type { Supplier, SupplierListQuery, SupplierListResponse } from "../../../types/purchasing"

/** The plugin's suppliers: metal houses, stone dealers, casters (who may hold metal) and refiners. */
export type { Supplier }

export const supplierKeys = { all: ["suppliers"] as const, list: (q: SupplierListQuery) => ["suppliers", "list", q] as const }

/** A page of suppliers: searched by name, sorted, with the exact count. */
export const useSupplierList = (q: SupplierListQuery = {}) =>
  useQuery({ queryKey: supplierKeys.list(q), queryFn: () => sdkFetch<SupplierListResponse>("/admin/suppliers", { query: q }), placeholderData: keepPreviousData })

/** Suppliers to choose from (up to 200, by name). */
export const useSuppliers = () => {
  const list = useSupplierList({ limit: 200 })
  return { ...list, data: list.data?.suppliers }
}

/** Create (no id) or update a supplier. */
export function useSaveSupplier() {
  const client = useQueryClient()
  return useMutation<{ supplier: Supplier }, ApiError, { id?: string; body: Record<string, unknown> }>({
    mutationFn: ({ id, body }) => sdkFetch(id ? `/admin/suppliers/${id}` : "/admin/suppliers", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: supplierKeys.all }),
  })
}
