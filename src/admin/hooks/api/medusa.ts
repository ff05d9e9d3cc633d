import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

/**
 * Medusa's own records the plugin's screens pick from: staff users (who can
 * hold metal), stock locations and products. One key per domain.
 */
export const medusaKeys = {
  users: ["users", "list"] as const,
  locations: ["stock_locations", "list"] as const,
  products: (q?: object) => ["products", "list", q ?? {}] as const,
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
