import BigNumber from "bignumber.js"
import { WEIGHT_SCALE } from "./units"
import { MONEY_SCALE } from "./decimal-input"

/**
 * What part of a stock item a take moves, when only part of it is named.
 *
 * - Pieces only (2 stones of a 10-stone, 0.30 ct lot): their share of the
 *   weight goes with them (0.06 ct), rounded down to the ledger's places;
 *   the last pieces take all the weight that is left, so nothing is
 *   stranded.
 * - The cost basis goes with the share of weight where the item has weight,
 *   else with the share of pieces; taking everything takes all the cost.
 *
 * Pure, so the server's workflows and the admin's previews agree.
 */
export function shareOfItem(
  item: { weight: BigNumber.Value; pieces: number; cost_basis?: BigNumber.Value | null },
  take: { weight?: BigNumber.Value | null; pieces?: number | null }
): { weight: BigNumber; pieces: number; cost: BigNumber } {
  const have = new BigNumber(item.weight)
  const pieces = take.pieces ?? 0
  let weight: BigNumber
  if (take.weight !== undefined && take.weight !== null) weight = new BigNumber(take.weight)
  else if (pieces > 0 && item.pieces > 0) weight = pieces >= item.pieces ? have : have.times(pieces).div(item.pieces).decimalPlaces(WEIGHT_SCALE, BigNumber.ROUND_DOWN)
  else weight = new BigNumber(0)
  const basis = new BigNumber(item.cost_basis ?? 0)
  let cost: BigNumber
  if (basis.isZero()) cost = new BigNumber(0)
  else if (weight.isGreaterThanOrEqualTo(have) && pieces >= item.pieces) cost = basis
  else if (have.isGreaterThan(0)) cost = basis.times(weight).div(have).decimalPlaces(MONEY_SCALE, BigNumber.ROUND_HALF_UP)
  else if (item.pieces > 0) cost = basis.times(pieces).div(item.pieces).decimalPlaces(MONEY_SCALE, BigNumber.ROUND_HALF_UP)
  else cost = new BigNumber(0)
  return { weight, pieces, cost }
}
