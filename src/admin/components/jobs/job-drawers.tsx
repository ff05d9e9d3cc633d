import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { displayWeight, WEIGHT_UNIT_CODES } from "../../../lib/units"
import { useStaffUsers } from "../../hooks/api/medusa"
import { useJobAction, type JobView } from "../../hooks/api/production-jobs"
import { productTitle, useStockItem, useStockItemList } from "../../hooks/api/stock-items"
import { useSuppliers } from "../../hooks/api/suppliers"
import { PurityInput } from "../metal/purity-input"
import { ActionDrawer, type ActionField } from "./action-drawer"
import { defaultHolder, holderBody, holderOptions } from "./holders"
import { DrawerScan } from "../tags/drawer-scan"

export type BenchDrawer = "issue" | "stones" | "receive" | "qa" | null
const UNITS = WEIGHT_UNIT_CODES.map((u): [string, string] => [u, u])

/** Issue stock, allocate stones, receive output and record QA: the bench's drawers on a job. */
export function JobDrawers({ view, drawer, onClose }: { view: JobView; drawer: BenchDrawer; onClose: () => void }) {
  const { t } = useTranslation()
  const users = useStaffUsers().data ?? []
  const suppliers = useSuppliers().data ?? []
  const stock = useStockItemList({ status: "available", limit: 200, order: "tag_id" }, drawer === "issue" || drawer === "stones")
  const action = useJobAction(view.job.id)
  const { job, stages, weights } = view
  // A repair job works on its piece (first in the list) and what comes out of it; a customer's are never listed as stock.
  const piece = useStockItem(job.kind === "repair" ? job.repair_item_id : null).data?.stock_item
  const theirs = useStockItemList({ status: "available", ownership: "customer", customer_id: job.customer_id ?? undefined, limit: 200 }, drawer === "issue" && job.kind === "repair" && !!job.customer_id)
  const own = (theirs.data?.stock_items ?? []).filter((i) => i.id !== piece?.id && i.job_id === job.id)
  const listed = [...(piece?.status === "available" ? [piece] : []), ...own, ...(stock.data?.stock_items ?? []).filter((i) => i.id !== piece?.id)]
  const openStages = stages.filter((s) => s.status !== "completed")
  const stageOptions: [string, string][] = openStages.map((s) => [s.id, s.stage_name])
  const post = (path: string, body: Record<string, any>) => action.mutateAsync({ path, body })
  const itemOptions = (filter: (i: any) => boolean): [string, string][] =>
    listed.filter(filter).map((i) => [i.id, `${i.tag_id} · ${productTitle(i)} · ${displayWeight(i.weight, i.weight_unit)} · ${i.pieces} pcs`])
  const holderField: ActionField = {
    key: "holder",
    label: t("jewelry.job.heldByOptional"),
    type: "select",
    options: holderOptions(users, suppliers, t),
    emptyLabel: t("jewelry.job.stageDefault"),
    hint: (v) => (v.holder ? undefined : defaultHolder(stages.find((s) => s.id === v.job_stage_id), users, t)),
  }
  // A part is weighed in the unit the item is kept in (0.25 ozt of an item kept in ozt, never 0.25 g).
  const itemField: ActionField = { key: "stock_item_id", label: "Stock item", type: "select", onPick: (id) => ({ weight_unit: listed.find((i) => i.id === id)?.weight_unit ?? weights.unit }) }
  const amountFields: ActionField[] = [
    { key: "full", label: "Issue the whole item", type: "checkbox" },
    { key: "weight", label: "Weight", when: (v) => !v.full, placeholder: "exact part" },
    { key: "weight_unit", label: "Unit", type: "select", options: UNITS, when: (v) => !v.full },
    { key: "pieces", label: "Pieces", type: "number", when: (v) => !v.full },
  ]
  const line = (v: Record<string, any>) =>
    v.full ? { stock_item_id: v.stock_item_id, full: true } : { stock_item_id: v.stock_item_id, ...(v.weight ? { weight: v.weight, weight_unit: v.weight_unit } : {}), ...(v.pieces ? { pieces: Number(v.pieces) } : {}) }
  const aliases = { "holder.id": "holder", "holder.type": "holder" }
  const details = (s?: string) => {
    if (!s) return undefined
    const [shape, size, color] = s.split("·").map((x) => x.trim())
    return { shape: shape || null, size: size || null, color: color || null }
  }
  return (
    <>
      <ActionDrawer
        open={drawer === "issue"}
        title="Issue stock into a stage"
        testId="issue"
        initial={{ job_stage_id: openStages[0]?.id, weight_unit: weights.unit }}
        errorAliases={aliases}
        fields={[{ key: "job_stage_id", label: "Stage", type: "select", options: stageOptions }, { ...itemField, options: itemOptions((i) => !job.source_product_ids?.length || i.id === piece?.id || job.source_product_ids.includes(i.product_id)) }, ...amountFields, holderField]}
        submitLabel="Issue"
        onClose={onClose}
        onSubmit={async (v) => {
          await post("/issues", { job_stage_id: v.job_stage_id, lines: [line(v)], ...holderBody(v.holder) })
          toast.success("Stock issued")
        }}
      >
        {(_v, set) => <DrawerScan testId="issue-scan" offered={listed.filter((i) => !job.source_product_ids?.length || i.id === piece?.id || job.source_product_ids.includes(i.product_id))} onPick={(id) => set({ stock_item_id: id })} />}
      </ActionDrawer>
      <ActionDrawer
        open={drawer === "stones"}
        title="Allocate stones"
        testId="stones"
        initial={{ weight_unit: "ct" }}
        errorAliases={aliases}
        fields={[{ ...itemField, options: itemOptions((i) => i.inventory_kind === "materials_supplies" || i.inventory_kind === "rough") }, ...amountFields]}
        submitLabel="Allocate"
        onClose={onClose}
        onSubmit={async (v) => {
          await post("/stones", { lines: [line(v)] })
          toast.success("Stones allocated")
        }}
      >
        {(_v, set) => <DrawerScan testId="stones-scan" offered={listed.filter((i) => i.inventory_kind === "materials_supplies" || i.inventory_kind === "rough")} onPick={(id) => set({ stock_item_id: id })} />}
      </ActionDrawer>
      <ActionDrawer
        open={drawer === "receive"}
        title="Receive output"
        testId="receive"
        initial={{ job_stage_id: openStages[0]?.id, weight_unit: weights.unit, purity: "", metal: "" }}
        errorAliases={aliases}
        extraFields={["purity", "metal"]}
        fields={[
          { key: "job_stage_id", label: "Stage", type: "select", options: stageOptions },
          { key: "weight_unit", label: "Unit", type: "select", options: UNITS },
          { key: "received_pieces", label: "Received pieces", type: "number" },
          { key: "received_weight", label: "Received weight" },
          { key: "rejected_pieces", label: "Rejected pieces", type: "number" },
          { key: "rejected_weight", label: "Rejected weight" },
          { key: "rejected_shape", label: "Rejected: shape / size / color", when: (v) => !!v.rejected_weight || !!v.rejected_pieces, placeholder: "e.g. Solitaire · 6 · White" },
          { key: "scrapped_weight", label: "Scrapped weight" },
          { key: "scrapped_shape", label: "Scrap: shape / size / color", when: (v) => !!v.scrapped_weight, placeholder: "e.g. Sprue · — · Yellow" },
          { key: "waste_weight", label: "Waste (loss, recorded only)" },
          holderField,
          { key: "notes", label: "Notes", type: "textarea" },
        ]}
        submitLabel="Receive"
        onClose={onClose}
        onSubmit={async (v) => {
          const res = await post("/receipts", {
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
          toast.success(`Received: ${res.created_items.map((i: any) => i.tag_id).join(", ") || "waste recorded"}`)
        }}
      >
        {(v, set, errors) => (
          <PurityInput id="receive-purity" label={t("jewelry.job.receivePurity")} hint={t("jewelry.job.receivePurityHint")} value={{ purity: v.purity ?? "", metal: v.metal ?? "" }} onChange={(p) => set(p)} errors={{ purity: errors.purity, metal: errors.metal }} />
        )}
      </ActionDrawer>
      <ActionDrawer
        open={drawer === "qa"}
        title="Record QA check"
        testId="qa"
        initial={{ result: "pass" }}
        fields={[
          { key: "inspector", label: "Inspector" },
          { key: "result", label: "Result", type: "select", options: [["pass", "Pass"], ["fail", "Fail"]] },
          { key: "notes", label: "Notes", type: "textarea" },
        ]}
        onClose={onClose}
        onSubmit={async (v) => {
          await post("/qa-checks", { inspector: v.inspector ?? "", result: v.result, notes: v.notes || null })
          toast.success("QA check recorded")
        }}
      />
    </>
  )
}
