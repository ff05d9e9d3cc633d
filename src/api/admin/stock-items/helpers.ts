import { formatDecimal } from "../../../lib/units"
import { KaratTable, purityLabel } from "../../../lib/purity"
import { listOrder } from "../../utils/validation"
import type { ListStockItemsType } from "./validators"

export const STOCK_CSV_COLUMNS = [
  "tag_id", "product_id", "variant_id", "inventory_kind", "inventory_type_id", "shape", "size", "color", "quality",
  "metal", "fineness", "weight", "weight_unit", "pieces", "fine_grams", "location_id", "rack", "bin", "status", "cost_basis", "currency_code", "image_url", "notes",
] as const

/** Service filters for a stock query, limited to the locations the caller may see. */
export function stockFilters(q: ListStockItemsType, location_ids: string[] | null) {
  const filters: Record<string, unknown> = {}
  for (const key of ["product_id", "variant_id", "inventory_kind", "inventory_type_id", "shape", "size", "color", "quality", "status", "metal"] as const) {
    if (q[key]) filters[key] = q[key]
  }
  if (q.fineness) filters.fineness = q.fineness
  // Shop stock unless asked for customers' pieces in for repair (findable, never counted as stock).
  filters.ownership = q.ownership ?? "shop"
  if (q.customer_id) filters.customer_id = q.customer_id
  if (q.q?.trim()) filters.tag_id = { $ilike: `%${q.q.trim()}%` }
  if (location_ids) {
    filters.location_id = q.location_id ? (location_ids.includes(q.location_id) ? q.location_id : "__none__") : location_ids
  } else if (q.location_id) {
    filters.location_id = q.location_id
  }
  return filters
}

export function stockOrder(order: ListStockItemsType["order"]) {
  // The id breaks ties in the same direction, so the list's indexes (models/stock-item.ts) serve the order read backwards too.
  return listOrder(order, "-created_at", { weight: "weight_grams" })
}

/**
 * A list's Query fields (`req.queryConfig.fields`) split into the item's own (`*` for all of them)
 * and, per link, the linked record's (`product.title` → product: ["title"]; `*stock_location` → ["*"]).
 */
export function splitFields(fields: string[]): { own: "*" | string[]; links: Record<string, string[]> } {
  const own = fields.filter((f) => f === "*" || !(f.includes(".") || f.startsWith("*")))
  const links: Record<string, string[]> = {}
  for (const f of fields) {
    if (f === "*") continue
    const [name, field] = f.startsWith("*") ? [f.slice(1), "*"] : f.split(".", 2)
    if (field !== undefined) (links[name] ??= []).push(field)
  }
  return { own: own.includes("*") ? "*" : own, links }
}

/** A stock item as the API shows it: decimals as strings, no raw columns. */
export function serializeStockItem(item: Record<string, any>, karatTable?: KaratTable | null) {
  const out: Record<string, any> = {}
  for (const [k, v] of Object.entries(item)) if (!k.startsWith("raw_") && k !== "movements") out[k] = v
  // A list asked for a few fields (?fields=id,tag_id) gets those only.
  const has = (k: string) => k in item
  if (has("weight")) out.weight = formatDecimal(String(item.weight ?? 0))
  if (has("weight_grams")) out.weight_grams = formatDecimal(String(item.weight_grams ?? 0))
  if (has("fineness")) out.fineness = item.fineness === null || item.fineness === undefined ? null : formatDecimal(String(item.fineness), 2)
  if (has("fine_grams")) out.fine_grams = formatDecimal(String(item.fine_grams ?? 0))
  if (has("fineness") || has("metal")) out.purity = purityLabel(item.metal, out.fineness ?? null, karatTable ?? undefined)
  if (has("cost_basis")) out.cost_basis = item.cost_basis === null || item.cost_basis === undefined ? null : formatDecimal(String(item.cost_basis), 4)
  return out
}

export function serializeMovement(m: Record<string, any>) {
  const out: Record<string, any> = {}
  for (const [k, v] of Object.entries(m)) if (!k.startsWith("raw_") && k !== "stock_item") out[k] = v
  for (const k of ["weight", "grams_delta", "balance_weight", "fine_grams_delta"]) out[k] = formatDecimal(String(m[k] ?? 0))
  out.fineness = m.fineness === null || m.fineness === undefined ? null : formatDecimal(String(m.fineness), 2)
  return out
}

/** A stone set in a piece: what it is, how much, what it cost, and whether it is still in. */
export function serializeStoneSetting(st: Record<string, any>) {
  const out: Record<string, any> = {}
  for (const [k, v] of Object.entries(st)) if (!k.startsWith("raw_") && k !== "item") out[k] = v
  out.weight = formatDecimal(String(st.weight ?? 0))
  out.grams = formatDecimal(String(st.grams ?? 0))
  out.cost = formatDecimal(String(st.cost ?? 0), 4)
  return out
}
