import BigNumber from "bignumber.js"
import { convertWeight, isWeightUnit } from "../../lib/units"

export type Change = { direction: "added" | "removed" | "same"; amount: string; unit: string }

/**
 * The change from take-in to a weight measured now, in the take-in unit
 * (exact: BigNumber through the units table). Null while the weight typed
 * is not a number yet.
 */
export function changeFromTakeIn(takeIn: string, takeInUnit: string, now: string, nowUnit: string): Change | null {
  if (!/^\d+(\.\d+)?$/.test(now.trim()) || !isWeightUnit(takeInUnit) || !isWeightUnit(nowUnit)) return null
  const diff = convertWeight(now.trim(), nowUnit, takeInUnit).minus(takeIn).decimalPlaces(4, BigNumber.ROUND_HALF_UP)
  return { direction: diff.isZero() ? "same" : diff.isPositive() ? "added" : "removed", amount: diff.abs().toFixed(), unit: takeInUnit }
}

/** The server's change (weight_change of the repair view) in the same shape. */
export const serverChange = (w: { direction: "added" | "removed" | "same"; in_unit: string; unit: string } | null): Change | null =>
  w ? { direction: w.direction, amount: new BigNumber(w.in_unit).abs().toFixed(), unit: w.unit } : null
