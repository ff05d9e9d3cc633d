import BigNumber from "bignumber.js"
import { MedusaError } from "@medusajs/framework/utils"
import { isWeightUnit, toDecimal, WeightUnit } from "../../lib/units"
import { convertWeightExactly, WeightConversionError } from "../../lib/decimal-input"
import { shareOfItem } from "../../lib/take-share"

/** What to take from a stock item: all of it, or an exact part by weight (in any unit) and/or pieces. */
export type TakeLine = { stock_item_id: string; full?: boolean; weight?: string; weight_unit?: string; pieces?: number }

/**
 * The weight (in the item's unit), pieces and pro-rata cost a line takes
 * from an item. `at` prefixes field names ("lines[2].") so errors point at
 * the line. Taking "all" of an empty item is a conflict: there is nothing.
 */
export function amountToTake(item: any, line: TakeLine, at = "", verb = "take"): { weight: BigNumber; pieces: number; cost: BigNumber; unit: WeightUnit } {
  const unit = item.weight_unit as WeightUnit
  const have = toDecimal(String(item.weight))
  let weight: BigNumber
  let pieces: number
  if (line.full) {
    weight = have
    pieces = item.pieces
    if (weight.isZero() && pieces === 0) throw new MedusaError(MedusaError.Types.CONFLICT, `${at}stock_item_id: ${item.tag_id} is empty; there is nothing left to ${verb}`)
  } else {
    if (line.weight === undefined && line.pieces === undefined) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}weight: give a weight or pieces, or ${verb} the whole item`)
    }
    const given = line.weight_unit ?? unit
    if (!isWeightUnit(given)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}weight_unit: unknown unit "${given}"`)
    try {
      // Never rounded into the item's unit: what leaves the item is exactly what was asked for.
      weight = line.weight === undefined ? new BigNumber(0) : convertWeightExactly(toDecimal(line.weight), given, unit)
      // Pieces only: their share of the item's weight goes with them (lib/take-share).
      if (line.weight === undefined) weight = shareOfItem({ weight: have, pieces: item.pieces }, { pieces: line.pieces ?? 0 }).weight
    } catch (e) {
      if (e instanceof WeightConversionError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}weight: ${item.tag_id} is kept in ${unit}: ${e.message}`)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}weight: must be a decimal number`)
    }
    pieces = line.pieces ?? 0
    if (weight.isNegative() || !Number.isInteger(pieces) || pieces < 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}weight: amounts must be 0 or more`)
    }
    if (weight.isZero() && pieces === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}weight: nothing to ${verb}`)
    // An empty item is a conflict (another request took the last of it, or it was used up): 409, as for "all" of it.
    if (have.isZero() && item.pieces === 0) throw new MedusaError(MedusaError.Types.CONFLICT, `${at}stock_item_id: ${item.tag_id} is empty; there is nothing left to ${verb}`)
    // Asking for more than the item holds is a bad request; running out meanwhile (another request took it) is a 409 from the ledger.
    if (weight.isGreaterThan(have)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}weight: ${item.tag_id} has ${have.toFixed()} ${unit}, cannot deduct ${weight.toFixed()} ${unit}`)
    }
    if (pieces > item.pieces) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}pieces: ${item.tag_id} has ${item.pieces} pieces, cannot deduct ${pieces} pieces`)
    }
  }
  const { cost } = shareOfItem({ weight: have, pieces: item.pieces, cost_basis: item.cost_basis ? String(item.cost_basis) : null }, { weight, pieces })
  return { weight, pieces, cost, unit }
}
