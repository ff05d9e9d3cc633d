import { batchEstimate } from "../../../lib/bom"
import { formatDecimal } from "../../../lib/units"

const strip = (o: Record<string, any>) => {
  const out: Record<string, any> = {}
  for (const [k, v] of Object.entries(o)) if (!k.startsWith("raw_") && k !== "style") out[k] = v
  return out
}

/** A style with its lines in order and its bill-of-materials estimate per piece. */
export function serializeStyle(s: any) {
  const bom = [...(s.bom_lines ?? [])].sort((a, b) => a.rank - b.rank).map((l: any) => ({
    ...strip(l),
    weight: l.weight === null ? null : formatDecimal(String(l.weight)),
    unit_cost: formatDecimal(String(l.unit_cost), 4),
  }))
  const labor = [...(s.labor_lines ?? [])].sort((a, b) => a.rank - b.rank).map((l: any) => ({ ...strip(l), cost: formatDecimal(String(l.cost), 4) }))
  return {
    ...strip(s),
    bom_lines: bom,
    labor_lines: labor,
    estimate: s.bom_lines ? batchEstimate(bom as any, labor, 1) : null,
  }
}
