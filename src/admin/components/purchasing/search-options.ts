import { useCustomerSearch, useProductVariants } from "../../hooks/api/medusa"
import { useSupplierList } from "../../hooks/api/suppliers"
import type { SearchOption, UseSearchOptions } from "./search-select"

/** "Mei Chen (mei.chen@example.com)", or the email alone when it is all Medusa has. */
export const customerLabel = (c: { name: string; email: string }) => (c.name && c.name !== c.email ? `${c.name} (${c.email})` : c.email)

/** Suppliers whose name matches, by name. */
export const useSupplierOptions: UseSearchOptions = (q) => {
  const { data, isFetching } = useSupplierList({ q: q || undefined, limit: 20, order: "name" })
  return { options: (data?.suppliers ?? []).map((s): SearchOption => ({ value: s.id, label: s.name })), loading: isFetching }
}

/** Medusa's customers matching name, email or phone. */
export const useCustomerOptions: UseSearchOptions = (q) => {
  const { data, isFetching } = useCustomerSearch(q)
  return { options: (data ?? []).map((c): SearchOption => ({ value: c.id, label: customerLabel(c) })), loading: isFetching }
}

/** Medusa's products matching the words typed (Medusa searches them on the server). */
export const useProductMatchOptions: UseSearchOptions = (q) => {
  const { data, isFetching } = useProductVariants(q || undefined)
  return { options: (data ?? []).map((p): SearchOption => ({ value: p.id, label: p.title })), loading: isFetching }
}
