/**
 * Request and response shapes of the production-jobs domain
 * (/admin/production-jobs), shared by the server's validators, the module's
 * model and the admin's hooks and screens. Weights and money are decimal
 * strings; dates ISO strings.
 */

/** What a job makes: new stock, a customer's piece, or the same piece repaired. */
export const JOB_KINDS = ["production", "custom", "repair"] as const
export type JobKind = (typeof JOB_KINDS)[number]

export const JOB_MODES = ["simple", "style"] as const
export type JobMode = (typeof JOB_MODES)[number]

/** open → in_progress → completed (stages done, QA and tolerance passed) → closed (stock created); or cancelled. */
export const JOB_STATUSES = ["open", "in_progress", "completed", "closing", "closed", "cancelled"] as const
export type JobStatus = (typeof JOB_STATUSES)[number]

/** The badge colour of each status, as the admin shows it. */
export const JOB_STATUS_COLORS: Record<JobStatus, "green" | "orange" | "blue" | "grey" | "red" | "purple"> = {
  open: "grey",
  in_progress: "blue",
  completed: "purple",
  closing: "orange",
  closed: "green",
  cancelled: "red",
}

/** The sorts the job list takes: by target (due) date or by when the job was opened, "-" for newest/latest first. */
export const JOB_LIST_ORDERS = ["created_at", "-created_at", "target_date", "-target_date"] as const
export type JobListOrder = (typeof JOB_LIST_ORDERS)[number]

export type JobListQuery = {
  /** Part of the title, or the job's number ("42", "JOB-00042"). */
  q?: string
  kind?: JobKind
  status?: JobStatus
  /** "true": rush jobs only; "false": the others. */
  rush?: "true" | "false"
  order_id?: string
  order?: JobListOrder
  limit?: number
  offset?: number
}

/** A job as the list returns it, with the Medusa records it is linked to (read through Query; null where Medusa deleted them). */
export type JobListItem = {
  id: string
  number: number
  display_number: string
  kind: JobKind
  mode: JobMode
  status: JobStatus
  title: string
  quantity: number
  rush: boolean
  target_date: string
  created_at: string
  order_id: string | null
  product_id: string | null
  product?: { id: string; title: string } | null
  product_variant?: { id: string; title: string } | null
  order?: { id: string; display_id: number } | null
  customer?: { id: string; first_name: string | null; last_name: string | null; email: string } | null
}

export type JobListResponse = { production_jobs: JobListItem[]; count: number; limit: number; offset: number }
