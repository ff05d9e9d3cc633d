import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdkFetch } from "../../lib/sdk"
import type { Metal } from "../../../types/metal"

/** A stock item as the list returns it, the fields the metal screens use. */
export type StockItemRow = {
  id: string
  tag_id: string
  product_id: string
  inventory_kind: string
  metal: Metal | null
  fineness: string | null
  purity: string
  fine_grams: string
  weight: string
  weight_unit: string
  pieces: number
  status: string
  location_id: string
}

export type StockItemQuery = { q?: string; metal?: string; status?: string; location_id?: string; limit?: number; offset?: number; order?: string }

export const stockItemKeys = {
  all: ["stock-items"] as const,
  list: (q: StockItemQuery) => ["stock-items", "list", q] as const,
}

export const useStockItemList = (q: StockItemQuery, enabled = true) =>
  useQuery({
    queryKey: stockItemKeys.list(q),
    queryFn: () => sdkFetch<{ stock_items: StockItemRow[]; count: number }>("/admin/stock-items", { query: q }),
    placeholderData: keepPreviousData,
    enabled,
  })
