import { useTranslation } from "react-i18next"
import { displayWeight, WEIGHT_UNIT_CODES } from "../../../../lib/units"
import { useStaffUsers } from "../../../hooks/api/medusa"
import type { JobView } from "../../../hooks/api/production-jobs"
import { productTitle, useStockItem, useStockItemList, type StockItemRow } from "../../../hooks/api/stock-items"
import { useSuppliers } from "../../../hooks/api/suppliers"
import type { ActionField } from "../action-drawer"
import { defaultHolder, holderOptions } from "../holders"

export const UNITS = WEIGHT_UNIT_CODES.map((u): [string, string] => [u, u])
/** Errors about the holder shown beside the Held by field. */
export const HOLDER_ALIASES = { "holder.id": "holder", "holder.type": "holder" }

/** One issue line from a drawer's values: the whole item, or an exact weight and pieces. */
export const lineOf = (v: Record<string, any>) =>
  v.full ? { stock_item_id: v.stock_item_id, full: true } : { stock_item_id: v.stock_item_id, ...(v.weight ? { weight: v.weight, weight_unit: v.weight_unit } : {}), ...(v.pieces ? { pieces: Number(v.pieces) } : {}) }

/**
 * The stock a bench drawer offers (`load` while one is open): available
 * stock, and on a repair job its piece first and what came out of it; a
 * customer's other pieces are never listed as stock.
 */
export function useBenchStock(view: JobView, load: boolean, ofCustomer: boolean) {
  const { job } = view
  const stock = useStockItemList({ status: "available", limit: 200, order: "tag_id" }, load)
  const piece = useStockItem(job.kind === "repair" ? job.repair_item_id : null).data?.stock_item
  const theirs = useStockItemList({ status: "available", ownership: "customer", customer_id: job.customer_id ?? undefined, limit: 200 }, ofCustomer && job.kind === "repair" && !!job.customer_id)
  const own = (theirs.data?.stock_items ?? []).filter((i) => i.id !== piece?.id && i.job_id === job.id)
  const listed: StockItemRow[] = [...(piece?.status === "available" ? [piece] : []), ...own, ...(stock.data?.stock_items ?? []).filter((i) => i.id !== piece?.id)]
  const sources: string[] = job.source_product_ids ?? []
  return {
    listed,
    /** What Issue stock offers: the source products' stock (when the job names some) and the repair's piece. */
    issuable: listed.filter((i) => !sources.length || i.id === piece?.id || sources.includes(i.product_id ?? "")),
    /** What Allocate stones offers. */
    stones: listed.filter((i) => i.inventory_kind === "materials_supplies" || i.inventory_kind === "rough"),
  }
}

/** The fields the bench drawers share: the stage, the item and the amount taken from it, and who holds the metal. */
export function useBenchFields(view: JobView) {
  const { t } = useTranslation()
  const users = useStaffUsers().data ?? []
  const suppliers = useSuppliers().data ?? []
  const openStages = view.stages.filter((s) => s.status !== "completed")
  const stageField: ActionField = { key: "job_stage_id", label: t("jewelry.stage"), type: "select", required: true, options: openStages.map((s) => [s.id, s.stage_name]) }
  const holderField: ActionField = {
    key: "holder",
    label: t("jewelry.job.heldByOptional"),
    type: "select",
    options: holderOptions(users, suppliers, t),
    emptyLabel: t("jewelry.job.stageDefault"),
    hint: (v) => (v.holder ? undefined : defaultHolder(view.stages.find((s) => s.id === v.job_stage_id), users, t)),
  }
  // A part is weighed in the unit the item is kept in (0.25 ozt of an item kept in ozt, never 0.25 g).
  const itemField = (items: StockItemRow[]): ActionField => ({
    key: "stock_item_id",
    label: t("jewelry.job.bench.item"),
    type: "select",
    required: true,
    options: items.map((i) => [i.id, `${i.tag_id} · ${productTitle(i)} · ${displayWeight(i.weight, i.weight_unit)} · ${t("jewelry.job.bench.pcs", { count: i.pieces })}`]),
    onPick: (id) => ({ weight_unit: items.find((i) => i.id === id)?.weight_unit ?? view.weights.unit }),
  })
  const amountFields: ActionField[] = [
    { key: "full", label: t("jewelry.job.bench.full"), type: "checkbox" },
    { key: "weight", label: t("jewelry.weight"), when: (v) => !v.full, placeholder: t("jewelry.job.bench.exactPart") },
    { key: "weight_unit", label: t("jewelry.unit"), type: "select", options: UNITS, when: (v) => !v.full },
    { key: "pieces", label: t("jewelry.pieces"), type: "number", when: (v) => !v.full },
  ]
  return { firstOpenStage: openStages[0]?.id, stageField, holderField, itemField, amountFields }
}
