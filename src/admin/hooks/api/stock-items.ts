import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { fileOf } from "../../lib/files"
import { authorizedFetch, cleanQuery, postKeepingBody, sdkFetch } from "../../lib/sdk"
import type { Metal } from "../../../types/metal"
import type { PageCursors } from "../../../lib/page-cursor"
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
  created_at?: string
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
  variant_id?: string
  shape?: string
  size?: string
  color?: string
  quality?: string
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
  /** The next page: the `cursors.after` of the page before it (page-cursor.ts). */
  after?: string
  /** The previous page: the `cursors.before` of the page after it. */
  before?: string
}

export const stockItemKeys = {
  all: ["stock-items"] as const,
  list: (q: StockItemQuery) => ["stock-items", "list", q] as const,
  detail: (id: string) => ["stock-items", "detail", id] as const,
}

export const useStockItemList = (q: StockItemQuery, enabled = true) =>
  useQuery({
    queryKey: stockItemKeys.list(q),
    queryFn: () => sdkFetch<{ stock_items: StockItemRow[]; count: number; cursors: PageCursors }>("/admin/stock-items", { query: q }),
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

/** What POST /admin/stock-items takes for one item (the record form's fields, as the API names them). */
export type NewStockItem = Record<string, unknown>

/** Records `count` identical items, each with its own tag; every stock list refreshes. */
export function useRecordStock() {
  const client = useQueryClient()
  return useMutation<{ stock_items: StockItemRow[] }, ApiError, { item: NewStockItem; count: number }>({
    mutationFn: ({ item, count }) => sdkFetch("/admin/stock-items", { body: { items: Array.from({ length: count }, () => item) } }),
    onSuccess: () => client.invalidateQueries({ queryKey: stockItemKeys.all }),
  })
}

/** A CSV import's dry run: every row it would refuse, and why. */
export type ImportReport = { rows: number; valid: number; refused: number; errors: { line: number; field: string; message: string }[] }

/**
 * A CSV import, all rows or none: `dry_run` answers the report; a refused
 * import keeps the rows' errors in the ApiError's body.
 */
export function useImportStock() {
  const client = useQueryClient()
  return useMutation<ImportReport & { imported?: number }, ApiError, { csv: string; dry_run?: boolean }>({
    mutationFn: (body) => postKeepingBody("/admin/stock-items/import", body),
    onSuccess: (_d, body) => {
      if (!body.dry_run) client.invalidateQueries({ queryKey: stockItemKeys.all })
    },
  })
}

/** Exactly the filtered set of the list (no paging) as a CSV file. */
export async function stockCsvFile(q: StockItemQuery) {
  const { limit: _l, offset: _o, after: _a, before: _b, ...filters } = q
  const qs = new URLSearchParams(cleanQuery(filters) as Record<string, string>).toString()
  return fileOf(await authorizedFetch(`/admin/stock-items/export${qs ? `?${qs}` : ""}`), "stock-items.csv")
}
