import { ApiError, fieldOf } from "./api"

/** A file the API answered with (a PDF, ZPL or CSV), ready to save or open. */
export type DownloadedFile = { blob: Blob; filename: string; count: number }

/** The file of a `Response`, or the API's refusal as an ApiError naming its field. */
export async function fileOf(res: Response, fallbackName = "download"): Promise<DownloadedFile> {
  if (!res.ok) {
    const answer = await res.json().catch(() => null)
    const message = answer?.message ?? `Request failed (${res.status})`
    throw new ApiError(res.status, message, fieldOf(message), answer)
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName
  return { blob: await res.blob(), filename: name, count: Number(res.headers.get("x-tag-count") ?? 0) }
}

/** Saves a file the way a browser download does. */
export function saveFile(file: DownloadedFile) {
  const url = URL.createObjectURL(file.blob)
  const a = document.createElement("a")
  a.href = url
  a.download = file.filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
