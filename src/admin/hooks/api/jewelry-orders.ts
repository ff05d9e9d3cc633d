import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdkFetch } from "../../lib/sdk"
import type { LineCandidatesQuery, LineCandidatesResponse } from "../../../types/jewelry-orders"

/** Query keys of the jewelry-orders domain: one root, so a change refreshes every order screen. */
export const jewelryOrderKeys = {
  all: ["jewelry-orders"] as const,
  candidates: (orderId: string, lineId: string, q: LineCandidatesQuery) => ["jewelry-orders", "candidates", orderId, lineId, q] as const,
}

/** Stock that fits one order line (its variant, or its product with size, shape and weight close), or why a typed tag does not. */
export const useLineCandidates = (orderId: string, lineId: string, q: LineCandidatesQuery, enabled = true) =>
  useQuery({
    queryKey: jewelryOrderKeys.candidates(orderId, lineId, q),
    queryFn: () => sdkFetch<LineCandidatesResponse>(`/admin/jewelry-orders/${orderId}/lines/${lineId}/candidates`, { query: q }),
    placeholderData: keepPreviousData,
    enabled,
  })
