import { poNumber } from "../../../workflows/purchasing"
import BigNumber from "bignumber.js"
import { formatDecimal } from "../../../lib/units"

const dec = (v: unknown, places = 8) => (v === null || v === undefined ? null : formatDecimal(String(v), places))
const money = (v: unknown) => (v === null || v === undefined ? null : new BigNumber(String(v)).toFixed(2))

/** A purchase order as the admin shows it. */
export function purchaseOrderView(po: any) {
  const strip = (o: any) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith("raw_") && k !== "purchase_order"))
  const lines = (po.lines ?? []).map((l: any) => ({ ...strip(l), weight: dec(l.weight), unit_cost: money(l.unit_cost) }))
  const total = lines.reduce((n: number, l: any) => n + (l.unit_cost ? Number(l.unit_cost) * l.quantity : 0), 0)
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
