import { useMemo } from "react"
import { useApi } from "./use-api"

export type InventoryTypeRow = { id: string; name: string; kind: string; code: string }
export const KIND_LABELS: Record<string, string> = {
  rough: "Rough",
  in_process: "In-process",
  finished: "Finished",
  materials_supplies: "Materials & supplies",
}
export const WEIGHT_UNITS = ["g", "mg", "kg", "ct", "gr", "dwt", "ozt", "lbt", "oz", "tola", "masha", "ratti"]
export const STOCK_STATUSES = ["available", "reserved", "issued", "sold", "scrapped"]

/** Names for the ids stock rows carry: products, locations and inventory types. */
export function useLookups() {
  const products = useApi<{ products: { id: string; title: string; handle: string; variants?: { id: string; title: string; sku: string | null }[] }[] }>(
    "/admin/products",
    { limit: 200, fields: "id,title,handle,*variants" }
  )
  const locations = useApi<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations", { limit: 200 })
  const types = useApi<{ inventory_types: InventoryTypeRow[] }>("/admin/production/inventory-types")
  const settings = useApi<{ settings: { default_weight_unit: string } }>("/admin/production/settings")
  return useMemo(() => {
    const productList = products.data?.products ?? []
    const locationList = locations.data?.stock_locations ?? []
    const typeList = types.data?.inventory_types ?? []
    return {
      products: productList,
      locations: locationList,
      types: typeList,
      defaultUnit: settings.data?.settings.default_weight_unit ?? "g",
      productName: (id: string | null | undefined) => (id ? productList.find((p) => p.id === id)?.title ?? id : "—"),
      locationName: (id: string) => locationList.find((l) => l.id === id)?.name ?? id,
      typeName: (id: string) => typeList.find((t) => t.id === id)?.name ?? id,
    }
  }, [products.data, locations.data, types.data, settings.data])
}
