/** What the tags routes answer, shared by the server and the admin. */
import type { TagSymbology } from "../../lib/tags-print"

export type PrintTagsBody = {
  stock_item_ids: string[]
  format: "pdf" | "zpl"
  symbology?: TagSymbology
  stock?: string
  skip?: number
  dpi?: number
  send?: boolean
}

/** `POST /admin/tags/print` with `send: true`: the network printer took the job. */
export type PrintTagsSent = { sent: true; printer: string; labels: number; bytes: number; tag_ids: string[] }

export type ResolvedJob = { id: string; display_number: string; title: string; kind: string; status: string; current_stage: { id: string; stage_name: string; status: string } | null }

/** `GET /admin/tags/resolve?code=`: what a scanned code is. */
export type ResolvedCode =
  | { kind: "job"; code: string; job: ResolvedJob }
  | { kind: "stage"; code: string; job: ResolvedJob; stage: { id: string; stage_name: string; status: string; current: boolean } }
  | { kind: "stock_item"; code: string; stock_item: Record<string, any> & { id: string; tag_id: string; status: string; location_id: string; inventory_kind: string; product_id: string | null } }

/** `POST /admin/tags/stage-scans`: the stage completed and the one the job moved on to. */
export type StageScanResult = {
  job: { id: string; display_number: string; title: string }
  completed_stage: { id: string; stage_name: string }
  next_stage: { id: string; stage_name: string; status: string } | null
  completed_by: string | null
}
