import { INVENTORY_KIND_LABELS } from "../../lib/industry-defaults"
import { WEIGHT_UNIT_CODES } from "../../lib/units"
import { SHOP_STOCK_STATUSES } from "../../lib/stock-statuses"
import { useMemo } from "react"
import { useApi } from "./use-api"

export type InventoryTypeRow = { id: string; name: string; kind: string; code: string }
/** Kept for screens not yet on hooks/api: the domain's own lists, declared once in src/lib. */
export const KIND_LABELS: Record<string, string> = INVENTORY_KIND_LABELS
export const WEIGHT_UNITS: string[] = WEIGHT_UNIT_CODES
export const STOCK_STATUSES: string[] = [...SHOP_STOCK_STATUSES]

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
