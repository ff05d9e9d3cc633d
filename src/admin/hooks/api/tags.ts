import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { fileOf, saveFile, type DownloadedFile } from "../../lib/files"
import { authorizedFetch, sdkFetch } from "../../lib/sdk"
import type { PrintTagsBody, PrintTagsSent, ResolvedCode, StageScanResult } from "../../../types/tags"
import { jobKeys } from "./production-jobs"
import { stockItemKeys } from "./stock-items"

/** A file the API answered with (a PDF or ZPL), ready to save or open. */
export type TagFile = DownloadedFile
export { saveFile }

/** Tags for the chosen items as a file (PDF or ZPL), in the order chosen. */
export async function printTagsFile(body: PrintTagsBody): Promise<TagFile> {
  return fileOf(await authorizedFetch("/admin/tags/print", { method: "POST", body }), "tags")
}

/** The job's envelope (job bag) PDF. */
export async function jobEnvelopeFile(jobId: string): Promise<TagFile> {
  return fileOf(await authorizedFetch(`/admin/tags/envelopes/${encodeURIComponent(jobId)}`), "tags")
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
