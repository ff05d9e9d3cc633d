import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { postKeepingBody, sdkFetch } from "../../lib/sdk"
import type { HolderRef, Metal } from "../../../types/metal"
import type { BucketFigures, StageFigures } from "../../../lib/job-figures"
import type { JobListQuery, JobListResponse } from "../../../types/production-jobs"
import { metalKeys } from "./metal"

/** Who held metal at a stage (GET /admin/production-jobs/:id, stages[].holders), in the job's unit. */
export type StageHolder = HolderRef & { issued: string; returned: string; loss: string; holds: string }

/** A job stage with its figures along the chain (SPEC 4a), weights in the job's unit. */
export type JobStageView = Omit<StageFigures, "last_received_at"> & {
  stage_id: string
  stage_name: string
  rank: number
  status: string
  vendor_type: "in_house" | "outside"
  vendor_name: string | null
  vendor_supplier_id: string | null
  assignee_user_id: string | null
  department_id: string | null
  due_date: string | null
  cost: string | null
  completed_at: string | null
  tolerance_override_reason: string | null
  loss_override_reason: string | null
  holders: StageHolder[]
}

export type JobView = {
  job: Record<string, any> & {
    id: string
    display_number: string
    kind: "production" | "custom" | "repair"
    status: string
    weight_unit: string
    quantity: number
    /** A repair works on this piece and gives the same piece back. */
    repair_item_id: string | null
    customer_id: string | null
    order_id: string | null
    order_line_item_id: string | null
  }
  stages: JobStageView[]
  materials: (Record<string, any> & { purity: string; metal: Metal | null; fine_grams: string | null; holder: HolderRef | null })[]
  receipts: (Record<string, any> & { purity: string; holder: HolderRef | null })[]
  qa_checks: Record<string, any>[]
  weights: { unit: string; requested: string | null; issued: string; received: string; rejected: string; scrapped: string; waste: string; held: string }
  fine: Record<string, BucketFigures>
  metrics: any
  cost: { stages: string; material: string; stones: string; total: string }
  bom_estimate: Record<string, string> | null
}

export const jobKeys = {
  all: ["production-jobs"] as const,
  list: (q: JobListQuery) => ["production-jobs", "list", q] as const,
  detail: (id: string) => ["production-jobs", "detail", id] as const,
}

/** Jobs filtered, searched, sorted and paged on the server, with the exact count. */
export const useProductionJobs = (q: JobListQuery) =>
  useQuery({
    queryKey: jobKeys.list(q),
    queryFn: () => sdkFetch<JobListResponse>("/admin/production-jobs", { query: q }),
    placeholderData: keepPreviousData,
  })

/** Opens a job (POST /admin/production-jobs): the answer is the job's view; the lists, stock it issued and the metal screens refresh. */
export function useCreateJob() {
  const client = useQueryClient()
  return useMutation<JobView, ApiError, Record<string, any>>({
    mutationFn: (body) => sdkFetch<JobView>("/admin/production-jobs", { method: "POST", body }),
    onSuccess: (data) => {
      client.setQueryData(jobKeys.detail(data.job.id), data)
      client.invalidateQueries({ queryKey: jobKeys.all })
      client.invalidateQueries({ queryKey: ["stock-items"] })
      client.invalidateQueries({ queryKey: metalKeys.all })
    },
  })
}

export const useProductionJob = (id: string) =>
  useQuery({ queryKey: jobKeys.detail(id), queryFn: () => sdkFetch<JobView>(`/admin/production-jobs/${id}`) })

/**
 * A bench action on the job (`path` under /admin/production-jobs/:id): the
 * answer is the job as it now stands, so the page shows it at once; stock,
 * the metal screens and the repairs refresh. Refusals keep the API's whole answer (a
 * 409's figures) in ApiError.body.
 */
export function useJobAction(id: string) {
  const client = useQueryClient()
  return useMutation<any, ApiError, { path: string; body: Record<string, any>; method?: "POST" | "DELETE" }>({
    mutationFn: ({ path, body, method }) =>
      method === "DELETE" ? sdkFetch(`/admin/production-jobs/${id}${path}`, { method }) : postKeepingBody(`/admin/production-jobs/${id}${path}`, body),
    onSuccess: (data) => {
      if (data?.job && data?.stages) client.setQueryData(jobKeys.detail(id), data)
      client.invalidateQueries({ queryKey: jobKeys.all })
      client.invalidateQueries({ queryKey: ["stock-items"] })
      client.invalidateQueries({ queryKey: metalKeys.all })
      // A repair job's close-out makes its repair ready for pickup.
      client.invalidateQueries({ queryKey: ["repairs"] })
    },
  })
}
