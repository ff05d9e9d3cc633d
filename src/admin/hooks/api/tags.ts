import { useMutation, useQueryClient } from "@tanstack/react-query"
import { ApiError, fieldOf } from "../../lib/api"
import { authorizedFetch, sdkFetch } from "../../lib/sdk"
import type { PrintTagsBody, PrintTagsSent, ResolvedCode, StageScanResult } from "../../../types/tags"
import { jobKeys } from "./production-jobs"
import { stockItemKeys } from "./stock-items"

/** A file the API answered with (a PDF or ZPL), ready to save or open. */
export type TagFile = { blob: Blob; filename: string; count: number }

async function fileOf(res: Response): Promise<TagFile> {
  if (!res.ok) {
    const answer = await res.json().catch(() => null)
    const message = answer?.message ?? `Request failed (${res.status})`
    throw new ApiError(res.status, message, fieldOf(message), answer)
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "tags"
  return { blob: await res.blob(), filename: name, count: Number(res.headers.get("x-tag-count") ?? 0) }
}

/** Tags for the chosen items as a file (PDF or ZPL), in the order chosen. */
export async function printTagsFile(body: PrintTagsBody): Promise<TagFile> {
  return fileOf(await authorizedFetch("/admin/tags/print", { method: "POST", body }))
}

/** The job's envelope (job bag) PDF. */
export async function jobEnvelopeFile(jobId: string): Promise<TagFile> {
  return fileOf(await authorizedFetch(`/admin/tags/envelopes/${encodeURIComponent(jobId)}`))
}

/** Saves a file the way a browser download does. */
export function saveFile(file: TagFile) {
  const url = URL.createObjectURL(file.blob)
  const a = document.createElement("a")
  a.href = url
  a.download = file.filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** ZPL sent to the network printer of the plugin options. */
export const useSendTags = () => useMutation<PrintTagsSent, ApiError, PrintTagsBody>({ mutationFn: (body) => sdkFetch<PrintTagsSent>("/admin/tags/print", { body: { ...body, format: "zpl", send: true } }) })

/** What a scanned code is (reads only). */
export const resolveCode = (code: string) => sdkFetch<ResolvedCode>("/admin/tags/resolve", { query: { code } })

/** A stage card scanned on a job: its current stage completed by the signed-in staff member. */
export function useScanStage(jobId: string) {
  const qc = useQueryClient()
  return useMutation<StageScanResult, ApiError, string>({
    mutationFn: (code) => sdkFetch<StageScanResult>("/admin/tags/stage-scans", { body: { code } }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: jobKeys.detail(jobId) })
      qc.invalidateQueries({ queryKey: jobKeys.all })
      qc.invalidateQueries({ queryKey: stockItemKeys.all })
    },
  })
}
