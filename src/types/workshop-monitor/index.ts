/** One job in the workshop monitor's queue (GET /admin/workshop-monitor). */
export type WorkshopQueueItem = {
  id: string
  display_number: string
  kind: "production" | "custom" | "repair"
  mode: string
  status: string
  title: string
  quantity: number
  current_stage: { id: string; name: string; status: string; vendor_type: string; vendor_name: string | null } | null
  department: string | null
  assignee: { id: string; name: string | null } | null
  due_date: string
  target_date: string
  days_in_stage: number
  overdue: boolean
  rush: boolean
  order_id: string | null
}

/** Exact counts over the whole active queue, whatever page is shown. */
export type WorkshopQueueCounts = { total: number; production: number; custom: number; repair: number; overdue: number; rush: number }

export type WorkshopQueueResponse = {
  queue: WorkshopQueueItem[]
  counts: WorkshopQueueCounts
  /** Jobs matching the request's filter (all active jobs, or one kind): what the pages add up to. */
  count: number
  limit: number
  offset: number
  generated_at: string
}

export const WORKSHOP_QUEUE_DEFAULT_LIMIT = 50

/** The kinds of job the queue holds (the production module's JOB_KINDS), for the admin's filter. */
export const WORKSHOP_JOB_KINDS = ["production", "custom", "repair"] as const
