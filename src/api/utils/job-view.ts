import BigNumber from "bignumber.js"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"
import { STYLE_MODULE } from "../../modules/style"
import { jobMetrics } from "../../lib/production-metrics"
import { batchEstimate } from "../../lib/bom"
import { formatDecimal, fromGrams, WeightUnit } from "../../lib/units"

const strip = (o: Record<string, any>) => {
  const out: Record<string, any> = {}
  for (const [k, v] of Object.entries(o)) if (!k.startsWith("raw_") && k !== "job") out[k] = v
  return out
}
const dec = (v: unknown, places = 8) => (v === null || v === undefined ? null : formatDecimal(String(v), places))

export const jobNumber = (job: { number: number }) => `JOB-${String(job.number).padStart(5, "0")}`

/** The current stage: the first by rank that is not completed or skipped. */
export function currentStage(stages: any[]) {
  return [...stages].sort((a, b) => a.rank - b.rank).find((s) => s.status !== "completed" && s.status !== "skipped") ?? null
}

/** A job as the admin shows it: stages, material, output, QA, progress, efficiency, costs and the BOM estimate. */
export async function jobView(scope: any, id: string) {
  const service: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const [job]: any[] = await service.listProductionJobs({ id }, { take: 1 })
  if (!job) return null
  const [stages, materials, receipts, qa, grams, stageGrams] = await Promise.all([
    service.listProductionJobStages({ job_id: id } as any, { order: { rank: "ASC" }, take: null as any }),
    service.listProductionJobMaterials({ job_id: id } as any, { order: { created_at: "ASC" }, take: null as any }),
    service.listProductionJobReceipts({ job_id: id } as any, { order: { created_at: "ASC" }, take: null as any }),
    service.listProductionQaChecks({ job_id: id } as any, { order: { created_at: "DESC" }, take: null as any }),
    service.jobGrams([id]),
    service.stageGrams(id),
  ])
  const unit = job.weight_unit as WeightUnit
  const g: any = grams.get(id)
  const inUnit = (x: string) => formatDecimal(fromGrams(x, unit), 4)
  const weights = {
    requested: job.requested_weight === null ? null : dec(job.requested_weight),
    issued: inUnit(g.issued),
    received: inUnit(g.received),
    rejected: inUnit(g.rejected),
    scrapped: inUnit(g.scrapped),
    waste: inUnit(g.waste),
  }
  const cost = {
    stages: new BigNumber(g.stage_cost).toFixed(2),
    material: new BigNumber(g.material_cost).toFixed(2),
    stones: new BigNumber(g.stone_cost).toFixed(2),
    total: new BigNumber(g.stage_cost).plus(g.material_cost).plus(g.stone_cost).toFixed(2),
  }
  let style: any = null
  let bom_estimate: ReturnType<typeof batchEstimate> | null = null
  if (job.style_id) {
    ;[style] = await (scope.resolve(STYLE_MODULE) as any).listStyles({ id: job.style_id }, { relations: ["bom_lines", "labor_lines"], take: 1 })
    if (style) {
      bom_estimate = batchEstimate(
        style.bom_lines.map((l: any) => ({ ...l, weight: l.weight === null ? null : String(l.weight), unit_cost: String(l.unit_cost) })),
        style.labor_lines.map((l: any) => ({ cost: String(l.cost) })),
        job.quantity
      )
    }
  }
  const current = currentStage(stages)
  return {
    job: {
      ...strip(job),
      display_number: jobNumber(job),
      requested_weight: weights.requested,
      current_stage: current ? { id: current.id, stage_name: current.stage_name, status: current.status } : null,
      style: style ? { id: style.id, code: style.code, name: style.name, image_url: style.image_url, lead_time_days: style.lead_time_days } : null,
    },
    stages: stages.map((s: any) => {
      const sg = stageGrams.get(s.id)
      return {
        ...strip(s),
        cost: dec(s.cost, 2),
        issued: sg ? inUnit(sg.issued) : "0",
        received: sg ? inUnit(sg.received) : "0",
        rejected: sg ? inUnit(sg.rejected) : "0",
        scrapped: sg ? inUnit(sg.scrapped) : "0",
        waste: sg ? inUnit(sg.waste) : "0",
      }
    }),
    materials: materials.map((m: any) => ({ ...strip(m), weight: dec(m.weight), grams: dec(m.grams), cost: dec(m.cost, 4) })),
    receipts: receipts.map((r: any) => {
      const out = strip(r)
      for (const k of ["received", "rejected", "scrapped", "waste"]) {
        out[`${k}_weight`] = dec(r[`${k}_weight`])
        delete out[`${k}_grams`]
      }
      return out
    }),
    qa_checks: qa.map(strip),
    weights: { unit, ...weights },
    metrics: jobMetrics(weights as any),
    cost,
    bom_estimate,
  }
}
