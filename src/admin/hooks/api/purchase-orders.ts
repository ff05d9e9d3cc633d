import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"
import type { CreatedStockItem, PurchaseOrder, PurchaseOrderStatus, ReceiveBody } from "../../../types/purchasing"
import { stockItemKeys } from "./stock-items"

export type PurchaseOrderQuery = { status?: PurchaseOrderStatus | ""; supplier_id?: string; q?: string; limit?: number; offset?: number; order?: string }

export const purchaseOrderKeys = {
  all: ["purchase-orders"] as const,
  list: (q: PurchaseOrderQuery) => ["purchase-orders", "list", q] as const,
  detail: (id: string) => ["purchase-orders", "detail", id] as const,
}

export const usePurchaseOrders = (q: PurchaseOrderQuery) =>
  useQuery({
    queryKey: purchaseOrderKeys.list(q),
    queryFn: () => sdkFetch<{ purchase_orders: PurchaseOrder[]; count: number }>("/admin/purchase-orders", { query: q }),
    placeholderData: keepPreviousData,
  })

export const usePurchaseOrder = (id: string | undefined) =>
  useQuery({
    queryKey: purchaseOrderKeys.detail(id ?? ""),
    queryFn: () => sdkFetch<{ purchase_order: PurchaseOrder }>(`/admin/purchase-orders/${id}`),
    select: (d) => d.purchase_order,
    enabled: !!id,
  })

/** Submit or cancel: the answer is the order as it now stands. */
export function usePurchaseOrderStatus(id: string) {
  const client = useQueryClient()
  return useMutation<{ purchase_order: PurchaseOrder }, ApiError, { action: "submit" | "cancel"; body?: Record<string, unknown> }>({
    mutationFn: ({ action, body }) => sdkFetch(`/admin/purchase-orders/${id}/${action}`, { method: "POST", body: body ?? {} }),
    onSuccess: (data) => {
      client.setQueryData(purchaseOrderKeys.detail(id), data)
      client.invalidateQueries({ queryKey: purchaseOrderKeys.all })
    },
  })
}

/** Receive Inventory: the new stock items with their tags; stock lists refresh. */
export function useReceivePurchaseOrder(id: string) {
  const client = useQueryClient()
  return useMutation<{ purchase_order: PurchaseOrder; created_items: CreatedStockItem[] }, ApiError, ReceiveBody>({
    mutationFn: (body) => sdkFetch(`/admin/purchase-orders/${id}/receive`, { method: "POST", body }),
    onSuccess: (data) => {
      client.setQueryData(purchaseOrderKeys.detail(id), { purchase_order: data.purchase_order })
      client.invalidateQueries({ queryKey: purchaseOrderKeys.all })
      client.invalidateQueries({ queryKey: stockItemKeys.all })
    },
  })
}

export function useRemovePurchaseOrder(id: string) {
  const client = useQueryClient()
  return useMutation<{ deleted: boolean; kept_stock_items: number }, ApiError, void>({
    mutationFn: () => sdkFetch(`/admin/purchase-orders/${id}`, { method: "DELETE", body: { confirm: true } }),
    onSuccess: () => client.invalidateQueries({ queryKey: purchaseOrderKeys.all }),
  })
}
