import type { TFunction } from "i18next"
import type { Metal } from "../../../lib/purity"
import type { ProductPick } from "../../hooks/api/medusa"
import type { NewStockItem } from "../../hooks/api/stock-items"

/** The record form as typed: text throughout, the product as picked (its variants offered). */
export type RecordForm = {
  product: ProductPick | null
  variant_id: string
  inventory_type_id: string
  shape: string
  size: string
  color: string
  quality: string
  purity: string
  metal: Metal | ""
  weight: string
  weight_unit: string
  pieces: string
  count: string
  location_id: string
  rack: string
  bin: string
  cost_basis: string
  image_url: string
  notes: string
}

/** The fields the API may name in a refusal, each shown beside its input. */
export const RECORD_FIELDS = ["product_id", "variant_id", "inventory_type_id", "shape", "size", "color", "quality", "purity", "metal", "weight", "weight_unit", "pieces", "count", "location_id", "rack", "bin", "cost_basis", "image_url", "notes"]

export const blankRecordForm = (weight_unit: string, location_id: string): RecordForm => ({
  product: null,
  variant_id: "",
  inventory_type_id: "",
  shape: "",
  size: "",
  color: "",
  quality: "",
  purity: "",
  metal: "",
  weight: "",
  weight_unit,
  pieces: "1",
  count: "1",
  location_id,
  rack: "",
  bin: "",
  cost_basis: "",
  image_url: "",
  notes: "",
})

/** What an empty or half-filled form lacks, in sentences beside each field; nothing is sent until it is complete. */
export function missingFields(form: RecordForm, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {}
  if (!form.product) out.product_id = t("jewelry.stock.needProduct")
  if (!form.inventory_type_id) out.inventory_type_id = t("jewelry.stock.needType")
  if (!form.weight.trim()) out.weight = t("jewelry.stock.needWeight")
  if (!form.location_id) out.location_id = t("jewelry.stock.needLocation")
  const n = Number(form.count)
  if (!Number.isInteger(n) || n < 1 || n > 500) out.count = t("jewelry.stock.countRange")
  return out
}

const orNull = (v: string) => v.trim() || null

/** One item as POST /admin/stock-items takes it. */
export const recordItem = (form: RecordForm): NewStockItem => ({
  product_id: form.product?.id,
  variant_id: form.variant_id || null,
  inventory_type_id: form.inventory_type_id,
  shape: orNull(form.shape),
  size: orNull(form.size),
  color: orNull(form.color),
  quality: orNull(form.quality),
  ...(form.purity.trim() ? { purity: form.purity.trim(), metal: form.metal || null } : {}),
  weight: form.weight.trim(),
  weight_unit: form.weight_unit,
  pieces: form.pieces === "" ? 1 : Number(form.pieces),
  location_id: form.location_id,
  rack: orNull(form.rack),
  bin: orNull(form.bin),
  cost_basis: orNull(form.cost_basis),
  image_url: orNull(form.image_url),
  notes: orNull(form.notes),
})
