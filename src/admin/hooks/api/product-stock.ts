import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"
import type { ProductStockAnalyticsResponse, ProductStockImagesResponse, ProductStockSummaryResponse } from "../../../types/product-stock"

export const productStockKeys = {
  all: (id: string) => ["product-stock", id] as const,
  analytics: (id: string, kind: string) => ["product-stock", id, "analytics", kind] as const,
  summary: (id: string, kind: string) => ["product-stock", id, "summary", kind] as const,
  images: (id: string) => ["product-stock", id, "images"] as const,
}

export const useStockAnalytics = (productId: string, kind: string) =>
  useQuery({
    queryKey: productStockKeys.analytics(productId, kind),
    queryFn: () => sdkFetch<ProductStockAnalyticsResponse>(`/admin/products/${productId}/stock-analytics`, { query: { inventory_kind: kind, days: 90 } }),
    select: (d) => d.analytics,
    placeholderData: keepPreviousData,
  })

export const useStockSummary = (productId: string, kind: string) =>
  useQuery({
    queryKey: productStockKeys.summary(productId, kind),
    queryFn: () => sdkFetch<ProductStockSummaryResponse>(`/admin/products/${productId}/stock-summary`, { query: { inventory_kind: kind } }),
    select: (d) => d.summary,
  })

export const useStockImages = (productId: string, enabled: boolean) =>
  useQuery({ queryKey: productStockKeys.images(productId), queryFn: () => sdkFetch<ProductStockImagesResponse>(`/admin/products/${productId}/stock-image`), enabled })

export function useChooseStockImage(productId: string) {
  const client = useQueryClient()
  return useMutation<unknown, ApiError, string>({
    mutationFn: (stockItemId) => sdkFetch(`/admin/products/${productId}/stock-image`, { method: "POST", body: { stock_item_id: stockItemId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: productStockKeys.images(productId) }),
  })
}
