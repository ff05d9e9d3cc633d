import BigNumber from "bignumber.js"
import { convertWeight, isWeightUnit } from "../../lib/units"
import { shareOfItem } from "../../lib/take-share"
import type { StockItemRow } from "../hooks/api/stock-items"

/** A stone picked for SetStones: all of it, or exact pieces and/or weight in the stone's unit. */
export type StonePick = { item: StockItemRow; full: boolean; pieces: string; weight: string }

const num = (v: string) => (/^\d+(\.\d+)?$/.test(v.trim()) ? new BigNumber(v.trim()) : new BigNumber(0))

/**
 * The piece's weight and cost basis once the picked stones are set, for the
 * drawer to show before saving (the server's answer is what is kept), by the
 * server's own rule (lib/take-share).
 */
export function previewAfterSetting(piece: { weight: string; weight_unit: string; cost_basis?: string | null }, picks: StonePick[]) {
  let weight = new BigNumber(piece.weight)
  let cost = new BigNumber(piece.cost_basis ?? 0)
  for (const p of picks) {
    // The server's own rule for what a take moves (pieces carry their share of weight and cost).
    const share = p.full
      ? { weight: new BigNumber(p.item.weight), cost: new BigNumber(p.item.cost_basis ?? 0) }
      : shareOfItem(
          { weight: p.item.weight, pieces: p.item.pieces, cost_basis: p.item.cost_basis ?? null },
          { weight: p.weight.trim() ? num(p.weight) : null, pieces: p.pieces.trim() ? num(p.pieces).toNumber() : 0 }
        )
    if (isWeightUnit(p.item.weight_unit) && isWeightUnit(piece.weight_unit)) weight = weight.plus(convertWeight(share.weight, p.item.weight_unit, piece.weight_unit))
    cost = cost.plus(share.cost)
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
