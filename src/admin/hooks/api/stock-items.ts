import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"
import type { Metal } from "../../../types/metal"
import type { SetStonesBody, StoneSetting } from "../../../types/repairs"
import { metalKeys } from "./metal"

/** A stock item as the list returns it, the fields the metal screens use. */
export type StockItemRow = {
  id: string
  tag_id: string
  product_id: string | null
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
  shape?: string | null
  size?: string | null
  color?: string | null
  quality?: string | null
  cost_basis?: string | null
  currency_code?: string | null
  /** "customer": a customer's piece in the shop's custody (a repair), never stock. */
  ownership?: "shop" | "customer"
  customer_id?: string | null
  /** The job whose output this is, if any. */
  job_id?: string | null
  inventory_type_id?: string
  variant_id?: string | null
  rack?: string | null
  bin?: string | null
  /** Medusa's records the item is linked to, read through Query (null where Medusa deleted them). */
  product?: { id: string; title: string; handle: string } | null
  product_variant?: { id: string; title: string; sku: string | null } | null
  stock_location?: { id: string; name: string } | null
}

/** The item's product as a jeweler reads it: its title, else the id it kept. */
export const productTitle = (i: Pick<StockItemRow, "product" | "product_id">) => i.product?.title ?? i.product_id ?? "—"

/** One item with its history and the stones set in it (GET /admin/stock-items/:id). */
export type StockItemView = {
  stock_item: StockItemRow & Record<string, any>
  movements: Record<string, any>[]
  movement_count: number
  stones_set: StoneSetting[]
}

export type StockItemQuery = {
  q?: string
  product_id?: string
  inventory_type_id?: string
  metal?: string
  status?: string
  location_id?: string
  inventory_kind?: string
  ownership?: "shop" | "customer"
  customer_id?: string
  limit?: number
  offset?: number
  order?: string
}

export const stockItemKeys = {
  all: ["stock-items"] as const,
  list: (q: StockItemQuery) => ["stock-items", "list", q] as const,
  detail: (id: string) => ["stock-items", "detail", id] as const,
}

export const useStockItemList = (q: StockItemQuery, enabled = true) =>
  useQuery({
    queryKey: stockItemKeys.list(q),
    queryFn: () => sdkFetch<{ stock_items: StockItemRow[]; count: number }>("/admin/stock-items", { query: q }),
    placeholderData: keepPreviousData,
    enabled,
  })

export const useStockItem = (id: string | null | undefined) =>
  useQuery({ queryKey: stockItemKeys.detail(id ?? ""), queryFn: () => sdkFetch<StockItemView>(`/admin/stock-items/${id}`), enabled: !!id })

/**
 * A change on one item (adjust, move, status, set or take out stones): the
 * answer is the item as it now stands where the API gives it; every stock
 * list and the metal screens refresh.
 */
export function useStockItemAction(id: string) {
  const client = useQueryClient()
  return useMutation<any, ApiError, { path: string; body?: Record<string, any>; method?: "POST" | "DELETE" }>({
    mutationFn: ({ path, body, method }) => sdkFetch(`/admin/stock-items/${id}${path}`, method === "DELETE" ? { method } : { method: "POST", body: body ?? {} }),
    onSuccess: (data) => {
      if (data?.stock_item && data?.movements) client.setQueryData(stockItemKeys.detail(id), data)
      client.invalidateQueries({ queryKey: stockItemKeys.all })
      client.invalidateQueries({ queryKey: metalKeys.all })
    },
  })
}

export const setStonesRequest = (body: SetStonesBody) => ({ path: "/stones", body })
export const unsetStoneRequest = (settingId: string) => ({ path: `/stones/${settingId}`, method: "DELETE" as const })
