import BigNumber from "bignumber.js"

/**
 * Display helpers for the metal screens. Weights and money stay the server's
 * decimal strings; where the admin must compare or add them it uses
 * BigNumber, never binary floats.
 */
export const dash = "—"

/** "2.1%" (one decimal unless told), or a dash for no figure. */
export function pct(v: number | string | null | undefined, places = 1): string {
  if (v === null || v === undefined || v === "") return dash
  const d = new BigNumber(v)
  return d.isFinite() ? `${d.toFixed(places)}%` : dash
}

/** "8.52 g", or a dash for no figure. */
export const weight = (v: string | null | undefined, unit: string) => (v === null || v === undefined ? dash : `${v} ${unit}`)

export const isZero = (v: string | null | undefined) => v === null || v === undefined || v === "" || new BigNumber(v).isZero()

/** Adds decimal strings exactly. */
export const sum = (values: (string | null | undefined)[]) => values.reduce((n, v) => (v ? n.plus(v) : n), new BigNumber(0)).toFixed()

export const dateOnly = (v: string | Date | null | undefined) => (v ? new Date(v).toLocaleDateString() : dash)
export const dateTime = (v: string | Date | null | undefined) => (v ? new Date(v).toLocaleString() : dash)

/** yyyy-mm-dd of a local date, for <input type="date">. */
export const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`

/** A period as the user picks it: whole days, both ends included. */
export type Period = { from: string; to: string }

/** The last `days` days up to today. */
export function lastDays(days: number): Period {
  const today = new Date()
  const first = new Date(today)
  first.setDate(today.getDate() - (days - 1))
  return { from: isoDay(first), to: isoDay(today) }
}

/** The API's period: `from` at local midnight, `to` exclusive (the day after the last day). */
export function periodQuery(p: Period): { from?: string; to?: string } {
  const start = p.from ? new Date(`${p.from}T00:00:00`) : null
  const end = p.to ? new Date(`${p.to}T00:00:00`) : null
  end?.setDate(end.getDate() + 1)
  return { from: start && !isNaN(start.getTime()) ? start.toISOString() : undefined, to: end && !isNaN(end.getTime()) ? end.toISOString() : undefined }
}

/** A percentage as given, without padding or rounding: a standard of 0.25 reads "0.25%". */
export const pctExact = (v: number | string | null | undefined) => (v === null || v === undefined || v === "" ? dash : `${new BigNumber(v).toFixed()}%`)

/** Money as the server sent it, grouped with two decimals (exact: BigNumber, not a float). */
export const money = (v: string | null | undefined) => (v === null || v === undefined || v === "" ? dash : new BigNumber(v).toFormat(2))

/** Money with its currency code ("1,045.00 USD"); without a code, the amount alone. */
export const moneyIn = (v: string | null | undefined, currency: string | null | undefined) => {
  const amount = money(v)
  return amount === dash || !currency ? amount : `${amount} ${currency.toUpperCase()}`
}
