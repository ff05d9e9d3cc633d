import BigNumber from "bignumber.js"
import { DecimalInput, toDecimal } from "./units"

export type BomLine = {
  kind: "metal" | "stone" | "finding"
  quantity: number
  weight?: DecimalInput | null
  unit_cost: DecimalInput
  cost_per: "piece" | "weight"
}
export type LaborLine = { cost: DecimalInput }

/**
 * A style's estimated cost per piece: materials (unit cost per piece, or per
 * unit of weight × weight × count) plus labour per stage. Exact decimals.
 */
export function bomEstimate(lines: BomLine[], labor: LaborLine[]) {
  const by = { metal: new BigNumber(0), stone: new BigNumber(0), finding: new BigNumber(0) }
  for (const l of lines) {
    const unit = toDecimal(l.unit_cost)
    const count = new BigNumber(l.quantity || 0)
    const cost = l.cost_per === "weight" ? unit.times(toDecimal(l.weight ?? 0)).times(count) : unit.times(count)
    by[l.kind] = by[l.kind].plus(cost)
  }
  const laborTotal = labor.reduce((n, l) => n.plus(toDecimal(l.cost)), new BigNumber(0))
  const materials = by.metal.plus(by.stone).plus(by.finding)
  return {
    metal: by.metal.toFixed(2),
    stones: by.stone.toFixed(2),
    findings: by.finding.toFixed(2),
    materials: materials.toFixed(2),
    labor: laborTotal.toFixed(2),
    per_piece: materials.plus(laborTotal).toFixed(2),
  }
}

/** The estimate for a batch of `quantity` pieces. */
export function batchEstimate(lines: BomLine[], labor: LaborLine[], quantity: number) {
  const one = bomEstimate(lines, labor)
  const q = new BigNumber(quantity)
  return Object.fromEntries(Object.entries(one).map(([k, v]) => [k, new BigNumber(v).times(q).toFixed(2)])) as typeof one
}
