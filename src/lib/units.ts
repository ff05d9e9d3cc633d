import BigNumber from "bignumber.js"

/**
 * Jewelers' weight units and their value in grams (SPEC section 2).
 * Weights are exact decimals: every conversion goes through BigNumber,
 * never through JavaScript's binary floats.
 */
export const WEIGHT_UNITS = {
  g: "1",
  mg: "0.001",
  kg: "1000",
  ct: "0.2",
  gr: "0.06479891",
  dwt: "1.55517384",
  ozt: "31.1034768",
  lbt: "373.2417216",
  oz: "28.349523125",
  tola: "11.6638038",
  masha: "0.97198365",
  ratti: "0.12149796",
} as const

export type WeightUnit = keyof typeof WEIGHT_UNITS

/** Every unit code (a non-empty list, so a schema can enumerate it). */
export const WEIGHT_UNIT_CODES = Object.keys(WEIGHT_UNITS) as [WeightUnit, ...WeightUnit[]]

export const WEIGHT_UNIT_LABELS: Record<WeightUnit, string> = {
  g: "Grams (g)",
  mg: "Milligrams (mg)",
  kg: "Kilograms (kg)",
  ct: "Carats (ct)",
  gr: "Grains (gr)",
  dwt: "Pennyweight (dwt)",
  ozt: "Troy ounces (ozt)",
  lbt: "Troy pounds (lbt)",
  oz: "Ounces (oz)",
  tola: "Tola",
  masha: "Masha",
  ratti: "Ratti",
}

/** Digits kept when a weight is stored after conversion. */
export const WEIGHT_SCALE = 8

export type DecimalInput = string | number | BigNumber

export function isWeightUnit(value: unknown): value is WeightUnit {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(WEIGHT_UNITS, value)
}

export function assertWeightUnit(value: unknown): WeightUnit {
  if (!isWeightUnit(value)) {
    throw new Error(
      `Unknown weight unit "${String(value)}"; use one of ${WEIGHT_UNIT_CODES.join(", ")}`
    )
  }
  return value
}

/** Parses a decimal given as a string or number; refuses NaN, Infinity and non-numeric text. */
export function toDecimal(value: DecimalInput): BigNumber {
  const bn = BigNumber.isBigNumber(value)
    ? (value as BigNumber)
    : new BigNumber(typeof value === "number" ? value.toString() : String(value).trim())
  if (!bn.isFinite()) {
    throw new Error(`"${String(value)}" is not a number`)
  }
  return bn
}

/** Grams in `value` of `unit`, exact. */
export function toGrams(value: DecimalInput, unit: WeightUnit): BigNumber {
  return toDecimal(value).times(WEIGHT_UNITS[assertWeightUnit(unit)])
}

/** Converts grams to `unit`, rounded half-up to WEIGHT_SCALE places. */
export function fromGrams(grams: DecimalInput, unit: WeightUnit): BigNumber {
  return toDecimal(grams)
    .div(WEIGHT_UNITS[assertWeightUnit(unit)])
    .decimalPlaces(WEIGHT_SCALE, BigNumber.ROUND_HALF_UP)
}

export function convertWeight(value: DecimalInput, from: WeightUnit, to: WeightUnit): BigNumber {
  if (from === to) {
    return toDecimal(value)
  }
  return fromGrams(toGrams(value, from), to)
}

/** A weight as a plain decimal string without trailing zeros ("1.5", not "1.50000000"). */
export function formatDecimal(value: DecimalInput, places = WEIGHT_SCALE): string {
  return toDecimal(value).decimalPlaces(places, BigNumber.ROUND_HALF_UP).toFixed()
}

/**
 * Decimal places a weight in each unit is shown with: what a jeweler's scale
 * reads (0.01 g, 0.001 ct, 0.001 ozt), so a converted 3.26586507 g reads 3.27 g.
 * Stored values keep WEIGHT_SCALE; only the display rounds.
 */
export const DISPLAY_PLACES: Record<WeightUnit, number> = {
  g: 2,
  mg: 0,
  kg: 4,
  ct: 3,
  gr: 2,
  dwt: 2,
  ozt: 3,
  lbt: 4,
  oz: 3,
  tola: 3,
  masha: 2,
  ratti: 2,
}

/** "3.27 g" for 3.26586507 g: the unit's display precision, no trailing zeros; "" for no value. */
export function displayWeight(value: DecimalInput | null | undefined, unit: string): string {
  if (value === null || value === undefined || value === "") return ""
  const places = isWeightUnit(unit) ? DISPLAY_PLACES[unit] : WEIGHT_SCALE
  const d = new BigNumber(BigNumber.isBigNumber(value) ? (value as BigNumber) : String(value))
  if (!d.isFinite()) return ""
  return `${d.decimalPlaces(places, BigNumber.ROUND_HALF_UP).toFixed()} ${unit}`
}
