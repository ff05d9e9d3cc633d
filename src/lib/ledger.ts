import BigNumber from "bignumber.js"
import { DecimalInput, toDecimal, toGrams, WeightUnit, WEIGHT_SCALE } from "./units"

export type Balance = { weight: BigNumber; pieces: number }
export type MovementDelta = { weight: DecimalInput; pieces: number }

export class InsufficientStockError extends Error {
  constructor(public field: "weight" | "pieces", public available: string, public requested: string) {
    super(`${field}: only ${available} available, ${requested} requested`)
  }
}

/**
 * The balance after a signed movement. A balance never goes below zero:
 * such a movement is refused, whatever else happens at the same time.
 */
export function applyMovement(balance: Balance, delta: MovementDelta): Balance {
  const weight = balance.weight.plus(toDecimal(delta.weight))
  const pieces = balance.pieces + delta.pieces
  if (weight.isNegative()) {
    throw new InsufficientStockError("weight", balance.weight.toFixed(), toDecimal(delta.weight).negated().toFixed())
  }
  if (pieces < 0) {
    throw new InsufficientStockError("pieces", String(balance.pieces), String(-delta.pieces))
  }
  return { weight, pieces }
}

/** Sums movements into a balance, in the order given. */
export function replay(movements: MovementDelta[]): Balance {
  return movements.reduce<Balance>((b, m) => applyMovement(b, m), { weight: new BigNumber(0), pieces: 0 })
}

/** Grams of a weight in `unit`, kept at the ledger's scale. */
export function ledgerGrams(weight: DecimalInput, unit: WeightUnit): BigNumber {
  return toGrams(weight, unit).decimalPlaces(WEIGHT_SCALE, BigNumber.ROUND_HALF_UP)
}
