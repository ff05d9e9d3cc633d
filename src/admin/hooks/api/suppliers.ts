import { useQuery } from "@tanstack/react-query"
import { sdkFetch } from "../../lib/sdk"

/** The plugin's suppliers: outside vendors who hold metal (casters, setters) and refiners. */
export type Supplier = { id: string; name: string; contact_name?: string | null; email?: string | null }

export const supplierKeys = { all: ["suppliers"] as const, list: () => ["suppliers", "list"] as const }

export const useSuppliers = () =>
  useQuery({
    queryKey: supplierKeys.list(),
    queryFn: () => sdkFetch<{ suppliers: Supplier[]; count: number }>("/admin/suppliers"),
    select: (d) => d.suppliers,
  })
