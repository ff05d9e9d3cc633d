import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

/**
 * Medusa's own records the plugin's screens pick from: staff users (who can
 * hold metal), stock locations, products, customers (whose pieces come in
 * for repair) and the store's currencies. One key per domain.
 */
export const medusaKeys = {
  users: ["users", "list"] as const,
  locations: ["stock_locations", "list"] as const,
  products: (q?: object) => ["products", "list", q ?? {}] as const,
  product: (id: string) => ["products", "detail", id] as const,
  customers: (q?: object) => ["customers", "list", q ?? {}] as const,
  store: ["store", "currencies"] as const,
}

export type StaffUser = { id: string; email: string; first_name: string | null; last_name: string | null }
export const staffName = (u: StaffUser) => [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email

export const useStaffUsers = () =>
  useQuery({
    queryKey: medusaKeys.users,
    queryFn: () => sdk.admin.user.list({ limit: 200, fields: "id,email,first_name,last_name" }),
    select: (d) => (d.users as StaffUser[]).slice().sort((a, b) => staffName(a).localeCompare(staffName(b))),
  })

export const useStockLocations = () =>
  useQuery({
    queryKey: medusaKeys.locations,
    queryFn: () => sdk.admin.stockLocation.list({ limit: 200, fields: "id,name" }),
    select: (d) => d.stock_locations.map((l) => ({ id: l.id, name: l.name })),
  })

export const useProductOptions = (q?: string) =>
  useQuery({
    queryKey: medusaKeys.products({ q }),
    queryFn: () => sdk.admin.product.list({ limit: 200, fields: "id,title,handle", ...(q ? { q } : {}) }),
    select: (d) => d.products.map((p) => ({ id: p.id, title: p.title, handle: p.handle })),
  })

export type CustomerOption = { id: string; name: string; email: string }
const customerName = (c: { first_name?: string | null; last_name?: string | null; email: string }) => [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email

/** Medusa's customers matching `q` (name, email, phone), for picking whose piece it is. */
export const useCustomerSearch = (q: string) =>
  useQuery({
    queryKey: medusaKeys.customers({ q }),
    queryFn: () => sdk.admin.customer.list({ limit: 20, fields: "id,email,first_name,last_name", ...(q.trim() ? { q: q.trim() } : {}) }),
    select: (d): CustomerOption[] => d.customers.map((c) => ({ id: c.id, name: customerName(c), email: c.email })),
    placeholderData: keepPreviousData,
  })

/** The store's currencies, its default first (an estimate's currency). */
export const useStoreCurrencies = () =>
  useQuery({
    queryKey: medusaKeys.store,
    queryFn: () => sdk.admin.store.list({ fields: "id,*supported_currencies" }),
    select: (d) =>
      (d.stores[0]?.supported_currencies ?? [])
        .slice()
        .sort((a, b) => Number(b.is_default) - Number(a.is_default))
        .map((c) => c.currency_code),
  })

/** One product's title and handle (null once Medusa deleted it), for naming what an item is. */
export const useProductTitle = (id: string | null | undefined) =>
  useQuery({
    queryKey: medusaKeys.product(id ?? ""),
    queryFn: () => sdk.admin.product.retrieve(id!, { fields: "id,title,handle" }).catch(() => null),
    select: (d) => (d ? { id: d.product.id, title: d.product.title, handle: d.product.handle } : null),
    enabled: !!id,
  })

/** Products matching `q` with their variants, for choosing the variant a style is sold as. */
export const useProductVariants = (q?: string) =>
  useQuery({
    queryKey: medusaKeys.products({ q, variants: true }),
    queryFn: () => sdk.admin.product.list({ limit: 50, fields: "id,title,*variants", ...(q ? { q } : {}) }),
    select: (d) => d.products.map((p) => ({ id: p.id, title: p.title, variants: (p.variants ?? []).map((v) => ({ id: v.id, title: v.title ?? v.id })) })),
    placeholderData: keepPreviousData,
  })

/** One product with its variants (null once Medusa deleted it): the variants a matched order row can be narrowed to. */
export const useProductWithVariants = (id: string | null | undefined) =>
  useQuery({
    queryKey: ["products", "detail", id ?? "", "variants"],
    queryFn: () => sdk.admin.product.retrieve(id!, { fields: "id,title,*variants" }).catch(() => null),
    select: (d) => (d ? { id: d.product.id, title: d.product.title, variants: (d.product.variants ?? []).map((v) => ({ id: v.id, title: v.title ?? v.id })) } : null),
    enabled: !!id,
  })

/** The store's regions (each sets a currency), for the region of a sales order. */
export const useRegions = () =>
  useQuery({
    queryKey: ["regions", "list"],
    queryFn: () => sdk.admin.region.list({ limit: 50, fields: "id,name,currency_code" }),
    select: (d) => d.regions.map((r) => ({ id: r.id, name: r.name, currency_code: r.currency_code })),
  })

export type ProductPick = { id: string; title: string; variants: { id: string; title: string; sku: string | null }[] }

/** The first 20 products matching `q` (title, handle…), with their variants: a picker's choices, searched on the server. */
export const useProductSearch = (q: string, enabled = true) =>
  useQuery({
    queryKey: medusaKeys.products({ q: q.trim(), limit: 20, variants: "sku" }),
    queryFn: () => sdk.admin.product.list({ limit: 20, fields: "id,title,*variants", ...(q.trim() ? { q: q.trim() } : {}) }),
    select: (d): ProductPick[] => d.products.map((p) => ({ id: p.id, title: p.title, variants: (p.variants ?? []).map((v) => ({ id: v.id, title: v.title ?? v.id, sku: v.sku ?? null })) })),
    placeholderData: keepPreviousData,
    enabled,
  })
