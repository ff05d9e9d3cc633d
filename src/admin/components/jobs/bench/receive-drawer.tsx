import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { JobView } from "../../../hooks/api/production-jobs"
import { PurityInput } from "../../metal/purity-input"
import { ActionDrawer, type ActionField } from "../action-drawer"
import { holderBody } from "../holders"
import { HOLDER_ALIASES, UNITS, useBenchFields } from "./use-bench-fields"

/** "Solitaire · 6 · White" → the details a rejected or scrapped item is recorded with. */
const details = (s?: string) => {
  if (!s) return undefined
  const [shape, size, color] = s.split("·").map((x) => x.trim())
  return { shape: shape || null, size: size || null, color: color || null }
}

/** The body of a receipt: what came back from the stage, good, rejected, scrapped and lost, and who returned it. */
export const receiptBody = (v: Record<string, any>) => ({
  job_stage_id: v.job_stage_id,
  weight_unit: v.weight_unit,
  ...(v.received_pieces ? { received_pieces: Number(v.received_pieces) } : {}),
  ...(v.received_weight ? { received_weight: v.received_weight } : {}),
  ...(v.rejected_pieces ? { rejected_pieces: Number(v.rejected_pieces) } : {}),
  ...(v.rejected_weight ? { rejected_weight: v.rejected_weight, rejected_details: details(v.rejected_shape) } : {}),
  ...(v.scrapped_weight ? { scrapped_weight: v.scrapped_weight, scrapped_details: details(v.scrapped_shape) } : {}),
  ...(v.waste_weight ? { waste_weight: v.waste_weight } : {}),
  ...(v.purity?.trim() ? { purity: v.purity.trim(), ...(v.metal ? { metal: v.metal } : {}) } : {}),
  ...holderBody(v.holder),
  notes: v.notes || null,
})

/** Receive a stage's output: good pieces, rejects and scrap become stock (-RCVn, -REJn, -SCRAPn); waste is recorded only. */
export function ReceiveDrawer({ view, open, onClose, post }: { view: JobView; open: boolean; onClose: () => void; post: (path: string, body: Record<string, any>) => Promise<any> }) {
  const { t } = useTranslation()
  const { firstOpenStage, stageField, holderField } = useBenchFields(view)
  const r = (key: string) => t(`jewelry.job.bench.receive.${key}`)
  const fields: ActionField[] = [
    stageField,
    { key: "weight_unit", label: t("jewelry.unit"), type: "select", options: UNITS },
    { key: "received_pieces", label: r("receivedPieces"), type: "number" },
    { key: "received_weight", label: r("receivedWeight") },
    { key: "rejected_pieces", label: r("rejectedPieces"), type: "number" },
    { key: "rejected_weight", label: r("rejectedWeight") },
    { key: "rejected_shape", label: r("rejectedDetails"), when: (v) => !!v.rejected_weight || !!v.rejected_pieces, placeholder: r("rejectedPlaceholder") },
    { key: "scrapped_weight", label: r("scrappedWeight") },
    { key: "scrapped_shape", label: r("scrappedDetails"), when: (v) => !!v.scrapped_weight, placeholder: r("scrappedPlaceholder") },
    { key: "waste_weight", label: r("waste") },
    holderField,
    { key: "notes", label: t("jewelry.notes"), type: "textarea" },
  ]
  return (
    <ActionDrawer
      open={open}
      title={r("title")}
      testId="receive"
      initial={{ job_stage_id: firstOpenStage, weight_unit: view.weights.unit, purity: "", metal: "" }}
      errorAliases={HOLDER_ALIASES}
      extraFields={["purity", "metal"]}
      fields={fields}
      submitLabel={r("submit")}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await post("/receipts", receiptBody(v))
        const tags = res.created_items.map((i: any) => i.tag_id).join(", ")
        toast.success(tags ? t("jewelry.job.bench.receive.done", { tags }) : t("jewelry.job.bench.receive.wasteOnly"))
      }}
    >
      {(v, set, errors) => (
        <PurityInput id="receive-purity" label={t("jewelry.job.receivePurity")} hint={t("jewelry.job.receivePurityHint")} value={{ purity: v.purity ?? "", metal: v.metal ?? "" }} onChange={(p) => set(p)} errors={{ purity: errors.purity, metal: errors.metal }} />
      )}
    </ActionDrawer>
  )
}
