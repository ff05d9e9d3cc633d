import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"
import type { CreatedStockItem, CreatePurchaseOrderBody, CreateSalesOrderBody, PurchaseOrder, PurchaseOrderListQuery, PurchaseOrderListResponse, ReceiveBody } from "../../../types/purchasing"
import { jewelryOrderKeys } from "./jewelry-orders"
import { stockItemKeys } from "./stock-items"

export type PurchaseOrderQuery = PurchaseOrderListQuery

export const purchaseOrderKeys = {
  all: ["purchase-orders"] as const,
  list: (q: PurchaseOrderQuery) => ["purchase-orders", "list", q] as const,
  detail: (id: string) => ["purchase-orders", "detail", id] as const,
}

export const usePurchaseOrders = (q: PurchaseOrderQuery) =>
  useQuery({
    queryKey: purchaseOrderKeys.list(q),
    queryFn: () => sdkFetch<PurchaseOrderListResponse>("/admin/purchase-orders", { query: q }),
    placeholderData: keepPreviousData,
  })

export const usePurchaseOrder = (id: string | undefined) =>
  useQuery({
    queryKey: purchaseOrderKeys.detail(id ?? ""),
    queryFn: () => sdkFetch<{ purchase_order: PurchaseOrder }>(`/admin/purchase-orders/${id}`),
    select: (d) => d.purchase_order,
    enabled: !!id,
  })

/** The order wizard's purchase order, submitted as it is created. */
export function useCreatePurchaseOrder() {
  const client = useQueryClient()
  return useMutation<{ purchase_order: PurchaseOrder }, ApiError, CreatePurchaseOrderBody>({
    mutationFn: (body) => sdkFetch("/admin/purchase-orders", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: purchaseOrderKeys.all }),
  })
}

/**
 * The same wizard's sales order: the purchasing workflows make it a real
 * Medusa order (POST /admin/jewelry-orders), so the sales order lists refresh.
 */
export function useCreateSalesOrder() {
  const client = useQueryClient()
  return useMutation<{ order: { id: string; display_id: number } }, ApiError, CreateSalesOrderBody>({
    mutationFn: (body) => sdkFetch("/admin/jewelry-orders", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: jewelryOrderKeys.all }),
  })
}

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
