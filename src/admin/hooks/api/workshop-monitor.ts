import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdkFetch } from "../../lib/sdk"
import type { WorkshopQueueResponse } from "../../../types/workshop-monitor"

export type WorkshopQueueQuery = { kind?: "production" | "custom" | "repair"; limit: number; offset: number }

/** Query keys of the workshop monitor: one root. */
export const workshopMonitorKeys = {
  all: ["workshop-monitor"] as const,
  page: (q: WorkshopQueueQuery) => ["workshop-monitor", "page", q] as const,
}

/** One page of the active queue with the whole queue's counts; refetched every `refreshMs`. */
export const useWorkshopQueue = (q: WorkshopQueueQuery, refreshMs: number) =>
  useQuery({
    queryKey: workshopMonitorKeys.page(q),
    queryFn: () => sdkFetch<WorkshopQueueResponse>("/admin/workshop-monitor", { query: q }),
    placeholderData: keepPreviousData,
    refetchInterval: refreshMs,
  })
