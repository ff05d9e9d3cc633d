import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"
import type {
  CancelLinesBody,
  CreateShipmentBody,
  HoldOrderBody,
  JewelryOrderListQuery,
  JewelryOrderListResponse,
  JewelryOrderView,
  LineCandidatesQuery,
  LineCandidatesResponse,
  OrderShippingOptionsResponse,
  SelectInventoryBody,
  UpdateTrackingBody,
} from "../../../types/jewelry-orders"
import { jobKeys } from "./production-jobs"
import { stockItemKeys } from "./stock-items"

/** Query keys of the jewelry-orders domain: one root, so a change refreshes every order screen. */
export const jewelryOrderKeys = {
  all: ["jewelry-orders"] as const,
  list: (q: JewelryOrderListQuery) => ["jewelry-orders", "list", q] as const,
  detail: (orderId: string) => ["jewelry-orders", "detail", orderId] as const,
  candidates: (orderId: string, lineId: string, q: LineCandidatesQuery) => ["jewelry-orders", "candidates", orderId, lineId, q] as const,
  shippingOptions: (orderId: string) => ["jewelry-orders", "shipping-options", orderId] as const,
}

const base = (orderId: string) => `/admin/jewelry-orders/${orderId}`

/** The workshop's view of one Medusa order: chips, lines, jobs, shipments, selections and the production summary. */
export const useJewelryOrder = (orderId: string) =>
  useQuery({ queryKey: jewelryOrderKeys.detail(orderId), queryFn: () => sdkFetch<JewelryOrderView>(base(orderId)) })

/** Sales orders with the workshop's fulfillment status: filtered, searched, sorted and paged on the server. */
export const useJewelryOrders = (q: JewelryOrderListQuery, enabled = true) =>
  useQuery({
    queryKey: jewelryOrderKeys.list(q),
    queryFn: () => sdkFetch<JewelryOrderListResponse>("/admin/jewelry-orders", { query: q }),
    placeholderData: keepPreviousData,
    enabled,
  })

const candidatesRequest = (orderId: string, lineId: string, q: LineCandidatesQuery) => ({
  queryKey: jewelryOrderKeys.candidates(orderId, lineId, q),
  queryFn: () => sdkFetch<LineCandidatesResponse>(`${base(orderId)}/lines/${lineId}/candidates`, { query: q }),
})

/** Stock that fits one order line (its variant, or its product with size, shape and weight close), or why a typed tag does not. */
export const useLineCandidates = (orderId: string, lineId: string, q: LineCandidatesQuery, enabled = true) =>
  useQuery({ ...candidatesRequest(orderId, lineId, q), placeholderData: keepPreviousData, enabled })

/** Looks up the one piece a scanned tag names for a line (through the same cache as the list). */
export function useScanForLine(orderId: string, lineId: string) {
  const client = useQueryClient()
  return (code: string) => client.fetchQuery(candidatesRequest(orderId, lineId, { code }))
}

/** How an order without a shipping method (one made in the admin) can ship. */
export const useOrderShippingOptions = (orderId: string, enabled = true) =>
  useQuery({
    queryKey: jewelryOrderKeys.shippingOptions(orderId),
    queryFn: () => sdkFetch<OrderShippingOptionsResponse>(`${base(orderId)}/shipping-options`),
    enabled,
  })

/**
 * Every change of an order answers its new view, which replaces the cached
 * one; the order screens, the stock and the jobs it touches refresh, and so
 * do Medusa's own cards on the order page (fulfillments, items).
 */
function useOrderMutation<TBody>(orderId: string, fn: (body: TBody) => Promise<JewelryOrderView>) {
  const client = useQueryClient()
  return useMutation<JewelryOrderView, ApiError, TBody>({
    mutationFn: fn,
    onSuccess: (view) => {
      client.setQueryData(jewelryOrderKeys.detail(orderId), view)
      client.invalidateQueries({ queryKey: jewelryOrderKeys.all })
      client.invalidateQueries({ queryKey: stockItemKeys.all })
      client.invalidateQueries({ queryKey: jobKeys.all })
      client.invalidateQueries({ predicate: (q) => q.queryKey[0] === "orders" })
    },
  })
}

const post = (path: string, body: object = {}) => sdkFetch<JewelryOrderView>(path, { method: "POST", body })

export const useSelectInventory = (orderId: string) => useOrderMutation(orderId, (body: SelectInventoryBody) => post(`${base(orderId)}/selections`, body))
export const useCreateShipment = (orderId: string) => useOrderMutation(orderId, (body: CreateShipmentBody) => post(`${base(orderId)}/shipments`, body))
export const useCancelLines = (orderId: string) => useOrderMutation(orderId, (body: CancelLinesBody) => post(`${base(orderId)}/cancel-lines`, body))
export const useHoldOrder = (orderId: string) => useOrderMutation(orderId, (body: HoldOrderBody) => post(`${base(orderId)}/hold`, body))
export const useReleaseOrder = (orderId: string) => useOrderMutation(orderId, () => post(`${base(orderId)}/release`))
export const useUpdateTracking = (orderId: string) =>
  useOrderMutation(orderId, ({ shipment_id, ...body }: UpdateTrackingBody & { shipment_id: string }) => post(`${base(orderId)}/shipments/${shipment_id}/tracking`, body))
