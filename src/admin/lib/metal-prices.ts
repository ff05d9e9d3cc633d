import BigNumber from "bignumber.js"
import { METALS, type Metal } from "../../lib/purity"
import { ratePerOunce } from "../../lib/metal-prices"
import type { MetalRate, PriceChange } from "../../types/metal-prices"

/**
 * The metal-prices screens' arithmetic, exact: the chart's points (the
 * last rate of each day per metal, per gram or per troy ounce) and the
 * money shown in the reprice. Numbers leave BigNumber only as the chart's
 * coordinates.
 */
export type ChartPoint = { day: string } & Partial<Record<Metal, number>>

export function chartPoints(rates: MetalRate[], unit: "g" | "ozt"): ChartPoint[] {
  const byDay = new Map<string, { at: string; rate: MetalRate }[]>()
  for (const r of rates) {
    const list = byDay.get(r.rate_date) ?? []
    list.push({ at: r.created_at, rate: r })
    byDay.set(r.rate_date, list)
  }
  return [...byDay.keys()].sort().map((day) => {
    const point: ChartPoint = { day }
    for (const metal of METALS) {
      const last = byDay.get(day)!.filter((x) => x.rate.metal === metal).sort((a, b) => a.at.localeCompare(b.at)).pop()
      if (!last) continue
      const value = unit === "ozt" ? ratePerOunce(last.rate.rate_per_gram, 2) : new BigNumber(last.rate.rate_per_gram).toFixed(4, BigNumber.ROUND_HALF_UP)
      point[metal] = Number(value)
    }
    return point
  })
}

/** A rate as the table shows it in the chosen unit. */
export const rateIn = (r: Pick<MetalRate, "rate_per_gram">, unit: "g" | "ozt") =>
  unit === "ozt" ? new BigNumber(ratePerOunce(r.rate_per_gram, 2)).toFormat(2) : new BigNumber(r.rate_per_gram).decimalPlaces(4, BigNumber.ROUND_HALF_UP).toFormat()

/** An amount in a currency, grouped, to the currency's precision. */
export const amount = (v: string | null | undefined, precision = 2) => (v === null || v === undefined || v === "" ? "—" : new BigNumber(v).toFormat(precision))

/** "+2.20%", "−31.75%". */
export const signedPct = (v: string | null) => (v === null ? "—" : `${new BigNumber(v).isPositive() && !new BigNumber(v).isZero() ? "+" : ""}${new BigNumber(v).toFixed(2)}%`)

/** The accepted lines a reprice would apply, and the sum of old and new of those in each currency. */
export function acceptedTotals(changes: PriceChange[], accepted: Record<string, boolean>) {
  const totals = new Map<string, { old: BigNumber; next: BigNumber; count: number }>()
  for (const c of changes) {
    if (!accepted[c.id] || c.status !== "proposed" || c.new_amount === null) continue
    const t = totals.get(c.currency_code) ?? { old: new BigNumber(0), next: new BigNumber(0), count: 0 }
    totals.set(c.currency_code, { old: t.old.plus(c.old_amount ?? 0), next: t.next.plus(c.new_amount), count: t.count + 1 })
  }
  return [...totals.entries()].map(([currency, t]) => ({ currency, count: t.count, old: t.old.toFixed(), next: t.next.toFixed() }))
}
