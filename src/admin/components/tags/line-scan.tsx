import { useTranslation } from "react-i18next"
import { sdkFetch } from "../../lib/sdk"
import { ScanField } from "./scan-field"

/** What Select Inventory's lookup answers for one scanned tag: the piece when it fits the line, else why not. */
type LineCandidates = {
  candidates: { id: string; tag_id: string; pieces: number; weight: string; weight_unit: string; status: string }[]
  rejected: { code: string; reason: string; message: string } | null
}

/**
 * Select Inventory's scan for one order line: the scanned tag is looked up
 * for that line (GET …/lines/:line_id/candidates?code=) and picked when it
 * fits; a piece that does not fit the line, or is not available, is refused
 * with the reason. Nothing is taken until the selection is saved.
 */
export function LineScan({ orderId, lineId, onPick, testId = "line-scan" }: { orderId: string; lineId: string; onPick: (item: LineCandidates["candidates"][number]) => void; testId?: string }) {
  const { t } = useTranslation()
  return (
    <ScanField
      testId={testId}
      label={t("jewelry.tags.scanToAdd")}
      onScan={async (code) => {
        const r = await sdkFetch<LineCandidates>(`/admin/jewelry-orders/${encodeURIComponent(orderId)}/lines/${encodeURIComponent(lineId)}/candidates`, { query: { code } })
        if (r.rejected || !r.candidates.length) throw new Error(r.rejected?.message ?? t("jewelry.tags.notOffered", { tag: code }))
        onPick(r.candidates[0])
        return t("jewelry.tags.picked", { tag: r.candidates[0].tag_id })
      }}
    />
  )
}
