import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"
import type { Supplier } from "../../../types/purchasing"

/** The plugin's suppliers: metal houses, stone dealers, casters (who may hold metal) and refiners. */
export type { Supplier }

export const supplierKeys = { all: ["suppliers"] as const, list: (q?: string) => ["suppliers", "list", q ?? ""] as const }

export const useSupplierList = (q?: string) =>
  useQuery({ queryKey: supplierKeys.list(q), queryFn: () => sdkFetch<{ suppliers: Supplier[]; count: number }>("/admin/suppliers", { query: { q } }) })

export const useSuppliers = () => {
  const list = useSupplierList()
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
