import BigNumber from "bignumber.js"
import { DecimalInput, toDecimal } from "./units"
import { fineWeight, grossForFine } from "./purity"

/**
 * Recovery (SPEC 4c): refining lots send sweeps, dust, filings and scrap
 * to a refiner and get fine metal back; melt lots turn stock into a new
 * alloy. Pure and exact; weights in grams.
 */
export class RecoveryError extends Error {
  constructor(public field: string, message: string) {
    super(`${field}: ${message}`)
  }
}

export type LotSource = { gross_grams: DecimalInput; est_fineness: DecimalInput }

/** A lot's estimated fine metal: Σ gross × estimated fineness ÷ 1000. */
export function estimatedFine(sources: LotSource[]): BigNumber {
  return sources.reduce((n, s) => n.plus(fineWeight(s.gross_grams, s.est_fineness)), new BigNumber(0))
}

/** Refining loss % = (estimated fine in − fine received) ÷ estimated fine in × 100; no estimate gives no figure. */
export function refiningLossPct(estFineIn: DecimalInput, fineReceived: DecimalInput): number | null {
  const est = toDecimal(estFineIn)
  if (est.isZero()) return null
  return est.minus(fineReceived).div(est).times(100).decimalPlaces(2, BigNumber.ROUND_HALF_UP).toNumber()
}

/**
 * What refining gave back to each source, pro rata of its estimated fine:
 * the loss report shows loss after recovery with it. The shares add up to
 * the fine received exactly (the last source takes the rounding remainder).
 */
export function recoveredShares<T extends LotSource>(sources: T[], fineReceived: DecimalInput, places = 8): (T & { recovered_fine: string })[] {
  const total = estimatedFine(sources)
  const received = toDecimal(fineReceived)
  let given = new BigNumber(0)
  return sources.map((s, i) => {
    const share =
      i === sources.length - 1
        ? received.minus(given)
        : total.isZero()
          ? new BigNumber(0)
          : received.times(fineWeight(s.gross_grams, s.est_fineness)).div(total).decimalPlaces(places, BigNumber.ROUND_DOWN)
    given = given.plus(share)
    return { ...s, recovered_fine: share.toFixed() }
  })
}

export type MeltInput = { metal: string | null; fineness: string | null; grams: DecimalInput; tag_id?: string }
export type MeltOutcome = { fine_in: string; fine_out: string; loss_fine: string; gross_out: string; alloy_in: string; loss_pct: number | null }

/**
 * A melt: stock items of one metal (scrap, old gold, fine metal) and alloy
 * without purity go in; a new item of a chosen purity comes out. Fine metal
 * is conserved: fine out + melting loss = fine in. Give either the weight
 * that came out of the crucible (the loss follows) or the fine lost (the
 * weight follows from the fine left and the purity).
 */
export function meltOutcome(inputs: MeltInput[], output: { metal: string; fineness: DecimalInput; gross_grams?: DecimalInput | null; loss_fine_grams?: DecimalInput | null }): MeltOutcome {
  if (!inputs.length) throw new RecoveryError("inputs", "pick at least one stock item to melt")
  let fineIn = new BigNumber(0)
  let alloy = new BigNumber(0)
  for (const i of inputs) {
    if (!i.metal) {
      alloy = alloy.plus(i.grams as any)
      continue
    }
    if (i.metal !== output.metal) {
      throw new RecoveryError("inputs", `${i.tag_id ?? "an item"} is ${i.metal}; a ${output.metal} melt takes ${output.metal} and alloy only`)
    }
    fineIn = fineIn.plus(fineWeight(i.grams, i.fineness))
  }
  if (fineIn.isZero()) throw new RecoveryError("inputs", `nothing in the melt carries ${output.metal}`)
  const hasGross = output.gross_grams !== undefined && output.gross_grams !== null && output.gross_grams !== ""
  const hasLoss = output.loss_fine_grams !== undefined && output.loss_fine_grams !== null && output.loss_fine_grams !== ""
  if (hasGross === hasLoss) throw new RecoveryError("output_weight", "give the weight that came out, or the fine metal lost, not both")
  let fineOut: BigNumber
  let grossOut: BigNumber
  if (hasGross) {
    grossOut = toDecimal(output.gross_grams!)
    if (grossOut.isLessThanOrEqualTo(0)) throw new RecoveryError("output_weight", "must be over 0")
    fineOut = fineWeight(grossOut, output.fineness)
  } else {
    const loss = toDecimal(output.loss_fine_grams!)
    if (loss.isNegative()) throw new RecoveryError("loss_fine_weight", "must be 0 or more")
    fineOut = fineIn.minus(loss)
    if (fineOut.isLessThanOrEqualTo(0)) throw new RecoveryError("loss_fine_weight", "the melt would lose all its fine metal")
    grossOut = grossForFine(fineOut, output.fineness)
    // Rounding the weight down keeps fine out ≤ fine in; the fine kept is what that weight holds.
    fineOut = fineWeight(grossOut, output.fineness)
  }
  const loss = fineIn.minus(fineOut)
  if (loss.isNegative()) {
    throw new RecoveryError(
      "output_weight",
      `${grossOut.toFixed()} g at ${toDecimal(output.fineness).toFixed()} holds ${fineOut.toFixed()} g fine ${output.metal}, more than the ${fineIn.toFixed()} g that went in`
    )
  }
  return {
    fine_in: fineIn.toFixed(),
    fine_out: fineOut.toFixed(),
    loss_fine: loss.toFixed(),
    gross_out: grossOut.toFixed(),
    alloy_in: alloy.toFixed(),
    loss_pct: loss.div(fineIn).times(100).decimalPlaces(2, BigNumber.ROUND_HALF_UP).toNumber(),
  }
}
