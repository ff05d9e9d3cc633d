import BigNumber from "bignumber.js"
import { WEIGHT_SCALE, WEIGHT_UNITS, WeightUnit } from "./units"

/**
 * The one rule for decimals that people type (weights, money, percentages,
 * finenesses), shared by the JSON API, the CSV import and every workflow
 * that reads a decimal from a string.
 *
 * - Plain decimal notation only: `12`, `12.5`, `-0.25` where a sign is
 *   allowed. No exponent (`1e3`), no hex (`0x10`), no `Infinity`/`NaN`, no
 *   leading `+` or `.` and no thousands separators. A JSON number is read
 *   through its shortest text, so `1e21`, `1e-7` and `1e309` (Infinity) are
 *   refused like their string forms.
 * - At most `scale` decimal places: what the database keeps. Never rounded.
 * - Within [min, max]: every value the plugin stores has at most 20
 *   significant digits (what Medusa's bigNumber columns keep exactly, see
 *   the exact-numeric migrations), so sums of movements stay exact.
 */
export type DecimalRule = {
  /** Decimal places kept. */
  scale: number
  min: string
  max: string
  /** The minimum itself is refused (weights that must be over 0). */
  minExclusive?: boolean
  /** How the range reads in a message ("from 0 to 1,000,000"). Derived when absent. */
  describe?: string
}

/** The largest weight one value, one movement or one stock item may hold: one tonne, in grams. */
export const MAX_WEIGHT_GRAMS = "1000000"
export const MAX_WEIGHT_GRAMS_TEXT = "1,000,000 g (one tonne)"
/** The largest weight figure in any unit (a tonne is 1,000,000,000 mg; the per-item bound in grams still applies). */
export const MAX_WEIGHT_VALUE = "1000000000"
/** The most pieces one value or one stock item holds (well inside Postgres' int4). */
export const MAX_PIECES = 1_000_000
/** Money (cost basis, unit costs, budgets, prices): 4 decimal places, up to a billion. */
export const MONEY_SCALE = 4
export const MAX_MONEY = "1000000000"

/** Text longer than this is not a number anyone typed (and is never parsed). */
const MAX_DIGITS = 40
const PLAIN = /^-?\d+(\.\d+)?$/

export const WEIGHT: DecimalRule = { scale: WEIGHT_SCALE, min: "0", max: MAX_WEIGHT_VALUE }
export const POSITIVE_WEIGHT: DecimalRule = { ...WEIGHT, minExclusive: true }
export const WEIGHT_DELTA: DecimalRule = { scale: WEIGHT_SCALE, min: `-${MAX_WEIGHT_VALUE}`, max: MAX_WEIGHT_VALUE }
export const MONEY: DecimalRule = { scale: MONEY_SCALE, min: "0", max: MAX_MONEY }
export const PERCENT: DecimalRule = { scale: 4, min: "0", max: "100" }
export const FINENESS: DecimalRule = { scale: 2, min: "0", max: "1000", minExclusive: true }

export type DecimalResult = { ok: true; value: string; decimal: BigNumber } | { ok: false; message: string }

const grouped = (v: string) => {
  const [int, frac] = v.split(".")
  const neg = int.startsWith("-")
  const digits = neg ? int.slice(1) : int
  return `${neg ? "-" : ""}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? `.${frac}` : ""}`
}

/** "a decimal from 0 to 1,000,000 with at most 8 decimal places" */
export function describeRule(rule: DecimalRule): string {
  const range = rule.describe ?? (rule.minExclusive ? `over ${grouped(rule.min)} and at most ${grouped(rule.max)}` : `from ${grouped(rule.min)} to ${grouped(rule.max)}`)
  return `a decimal ${range} with at most ${rule.scale} decimal place${rule.scale === 1 ? "" : "s"}`
}

/**
 * Reads a decimal a person gave (a string, or a JSON number) under `rule`.
 * Returns the normalised text ("12.5", never "12.50" or "1.25e1") or why
 * it is refused, as a sentence without the field name.
 */
export function parseDecimalInput(value: unknown, rule: DecimalRule): DecimalResult {
  const must = `must be ${describeRule(rule)}`
  let text: string
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, message: `${must}; it is not a finite number (${String(value)})` }
    text = String(value)
  } else if (typeof value === "string") {
    text = value.trim()
    if (text === "") return { ok: false, message: `${must}; it is empty` }
  } else {
    return { ok: false, message: `${must}, given as a string like "12.5"` }
  }
  if (text.length > MAX_DIGITS) return { ok: false, message: `${must}; this has ${text.length} characters` }
  if (!PLAIN.test(text)) {
    const why = /^[-+]?0x/i.test(text)
      ? "hexadecimal is not read"
      : /e/i.test(text) && /\d/.test(text) && !/inf/i.test(text)
        ? "write it without an exponent"
        : /inf|nan/i.test(text)
          ? "it is not a finite number"
          : "plain digits with an optional decimal point"
    return { ok: false, message: `${must} (${why}): "${text.slice(0, 40)}"` }
  }
  const d = new BigNumber(text)
  if ((d.decimalPlaces() ?? 0) > rule.scale) return { ok: false, message: `${must}; "${text}" has ${d.decimalPlaces()}` }
  const min = new BigNumber(rule.min)
  if (rule.minExclusive ? d.lte(min) : d.lt(min)) return { ok: false, message: `${must}; "${text}" is too small` }
  if (d.gt(rule.max)) return { ok: false, message: `${must}; "${text}" is too large` }
  // -0 reads as 0.
  return { ok: true, value: d.isZero() ? "0" : d.toFixed(), decimal: d.isZero() ? new BigNumber(0) : d }
}

/** Like parseDecimalInput, but throws a DecimalInputError naming `field`. */
export function decimalOrThrow(field: string, value: unknown, rule: DecimalRule): BigNumber {
  const r = parseDecimalInput(value, rule)
  if (!r.ok) throw new DecimalInputError(field, `${field}: ${r.message}`)
  return r.decimal
}

export class DecimalInputError extends Error {
  constructor(public field: string, message: string) {
    super(message)
  }
}

/** Whole numbers a person gives as text (a CSV's pieces column): digits only, within [min, max]. */
export function parseWholeNumberInput(value: unknown, min: number, max: number): { ok: true; value: number } | { ok: false; message: string } {
  const must = `must be a whole number from ${grouped(String(min))} to ${grouped(String(max))}`
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : typeof value === "string" ? value.trim() : ""
  if (!/^-?\d{1,16}$/.test(text)) return { ok: false, message: `${must}${typeof value === "string" || typeof value === "number" ? `: "${String(value).slice(0, 40)}"` : ""}` }
  const n = Number(text)
  if (n < min || n > max) return { ok: false, message: `${must}: "${text}"` }
  return { ok: true, value: n === 0 ? 0 : n }
}

export class WeightConversionError extends Error {}

/**
 * `value` of unit `from` in unit `to`, kept at the ledger's scale (8 places
 * in the item's unit). A conversion that would change the amount is refused,
 * never rounded: a weight too small to show at 8 places in `to`, or one whose
 * exact value needs more places (1 g is 0.0321507466… ozt). The caller words
 * the message with the item it is about.
 */
export function convertWeightExactly(value: BigNumber.Value, from: WeightUnit, to: WeightUnit): BigNumber {
  const v = new BigNumber(value)
  if (from === to) return v
  const exact = v.times(WEIGHT_UNITS[from]).div(WEIGHT_UNITS[to])
  const kept = exact.decimalPlaces(WEIGHT_SCALE, BigNumber.ROUND_HALF_UP)
  if (!kept.eq(exact)) {
    const shown = `${exact.decimalPlaces(12, BigNumber.ROUND_HALF_UP).toFixed()}${exact.decimalPlaces()! > 12 ? "…" : ""}`
    throw new WeightConversionError(
      kept.isZero()
        ? `${v.toFixed()} ${from} is ${shown} ${to}, too small to keep at ${WEIGHT_SCALE} decimal places in ${to}`
        : `${v.toFixed()} ${from} is ${shown} ${to}, which needs more than ${WEIGHT_SCALE} decimal places; give the weight in ${to} (${kept.toFixed()}) or an amount that converts exactly`
    )
  }
  return kept
}

/** Grams one weight may not exceed (per value and per stock item). */
export function withinWeightBound(grams: BigNumber.Value): boolean {
  return new BigNumber(grams).abs().lte(MAX_WEIGHT_GRAMS)
}
