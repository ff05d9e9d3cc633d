import { poNumber, receivingTypes, retrievePurchaseOrder } from "../../../workflows/purchasing"
import BigNumber from "bignumber.js"
import { formatDecimal } from "../../../lib/units"

const dec = (v: unknown, places = 8) => (v === null || v === undefined ? null : formatDecimal(String(v), places))
const money = (v: unknown) => (v === null || v === undefined ? null : new BigNumber(String(v)).toFixed(2))

/** A purchase order as the admin shows it. */
export function purchaseOrderView(po: any) {
  const strip = (o: any) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith("raw_") && k !== "purchase_order"))
  const lines = (po.lines ?? []).map((l: any) => ({ ...strip(l), weight: dec(l.weight), unit_cost: money(l.unit_cost) }))
  const total = lines.reduce((n: BigNumber, l: any) => (l.unit_cost ? n.plus(new BigNumber(l.unit_cost).times(l.quantity)) : n), new BigNumber(0))
  return {
    ...strip(po),
    display_number: poNumber(po),
    budget: money(po.budget),
    supplier: po.supplier ? { id: po.supplier.id, name: po.supplier.name, currency_code: po.supplier.currency_code } : null,
    lines: [...lines].sort((a: any, b: any) => String(a.created_at).localeCompare(String(b.created_at))),
    receipts: (po.receipts ?? []).map((r: any) => ({ ...strip(r), weight: dec(r.weight) })),
    estimated_total: total.toFixed(2),
  }
}

/**
 * A purchase order as every route answers it: the view, each line with the
 * inventory type it is received as by default (null: the jeweler chooses).
 */
export async function purchaseOrderResponse(scope: any, id: string) {
  const po = await retrievePurchaseOrder(scope, id)
  const types = await receivingTypes(scope, po)
  const view = purchaseOrderView(po)
  return { ...view, lines: view.lines.map((l: any) => ({ ...l, receive_as_type_id: types[l.id] ?? null })) }
}
