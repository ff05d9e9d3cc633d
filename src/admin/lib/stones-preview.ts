import BigNumber from "bignumber.js"
import { convertWeight, isWeightUnit } from "../../lib/units"
import type { StockItemRow } from "../hooks/api/stock-items"

/** A stone picked for SetStones: all of it, or exact pieces and/or weight in the stone's unit. */
export type StonePick = { item: StockItemRow; full: boolean; pieces: string; weight: string }

const num = (v: string) => (/^\d+(\.\d+)?$/.test(v.trim()) ? new BigNumber(v.trim()) : new BigNumber(0))

/**
 * The piece's weight and cost basis once the picked stones are set, for the
 * drawer to show before saving (the server's answer is what is kept). Cost
 * is taken pro rata as the server takes it: by weight where the stone
 * record has weight, else by pieces.
 */
export function previewAfterSetting(piece: { weight: string; weight_unit: string; cost_basis?: string | null }, picks: StonePick[]) {
  let weight = new BigNumber(piece.weight)
  let cost = new BigNumber(piece.cost_basis ?? 0)
  for (const p of picks) {
    const have = new BigNumber(p.item.weight)
    const w = p.full ? have : num(p.weight)
    const pieces = p.full ? new BigNumber(p.item.pieces) : num(p.pieces)
    if (isWeightUnit(p.item.weight_unit) && isWeightUnit(piece.weight_unit)) weight = weight.plus(convertWeight(w, p.item.weight_unit, piece.weight_unit))
    const basis = new BigNumber(p.item.cost_basis ?? 0)
    if (p.full) cost = cost.plus(basis)
    else if (have.isGreaterThan(0)) cost = cost.plus(basis.times(w).div(have))
    else if (p.item.pieces > 0) cost = cost.plus(basis.times(pieces).div(p.item.pieces))
  }
  return { weight: weight.decimalPlaces(4, BigNumber.ROUND_HALF_UP).toFixed(), cost: cost.toFixed(2) }
}

/** The request line of a pick. */
export const stoneLine = (p: StonePick) =>
  p.full
    ? { stock_item_id: p.item.id, full: true }
    : {
        stock_item_id: p.item.id,
        ...(p.pieces.trim() ? { pieces: Number(p.pieces.trim()) } : {}),
        ...(p.weight.trim() ? { weight: p.weight.trim(), weight_unit: p.item.weight_unit } : {}),
      }
