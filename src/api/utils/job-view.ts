import BigNumber from "bignumber.js"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"
import { STYLE_MODULE } from "../../modules/style"
import { jobMetrics } from "../../lib/production-metrics"
import { batchEstimate } from "../../lib/bom"
import { formatDecimal, fromGrams, WeightUnit } from "../../lib/units"
import { purityLabel } from "../../lib/purity"
import { METAL_MODULE } from "../../modules/metal"
import type MetalModuleService from "../../modules/metal/service"
import { holderNames } from "../../workflows/metal/holders"
import { STOCK_MODULE } from "../../modules/stock"
import { stockScope } from "./stock-scope"

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

/** Grams as the job's unit, at four decimals. */
const inUnitOf = (unit: WeightUnit) => (x: string | null) => (x === null ? null : formatDecimal(fromGrams(x, unit), 4))

/** A job as the admin shows it: stages with their figures and holders, material, output, QA, progress, efficiency, fine metal, costs and the BOM estimate. */
export async function jobView(scope: any, id: string, viewer: { location_ids: string[] | null } = { location_ids: null }) {
  const service: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const metal: MetalModuleService = scope.resolve(METAL_MODULE)
  const [job]: any[] = await service.listProductionJobs({ id }, { take: 1 })
  if (!job) return null
  // Stages, materials and receipts as rows (a big job has hundreds; they are only read here).
  const [{ stages, materials, receipts }, qa, figuresById, costs, entries, settings] = await Promise.all([
    service.jobViewRows(id),
    service.listProductionQaChecks({ job_id: id } as any, { order: { created_at: "DESC" }, take: null as any }),
    service.jobFigures([id]),
    service.jobCosts([id]),
    metal.listMetalEntries({ job_id: id } as any, { take: null as any }),
    service.getSettings(),
  ])
  const unit = job.weight_unit as WeightUnit
  const inUnit = inUnitOf(unit)
  const figures = figuresById.get(id)!
  const c = costs.get(id) ?? { stage_cost: "0", material_cost: "0", stone_cost: "0" }
  const weights = {
    requested: job.requested_weight === null ? null : dec(job.requested_weight),
    issued: inUnit(figures.gross.input)!,
    received: inUnit(figures.gross.received)!,
    rejected: inUnit(figures.gross.rejected)!,
    scrapped: inUnit(figures.gross.scrapped)!,
    waste: inUnit(figures.gross.waste)!,
    held: inUnit(figures.gross.held)!,
  }
  const cost = {
    stages: new BigNumber(c.stage_cost).toFixed(2),
    material: new BigNumber(c.material_cost).toFixed(2),
    stones: new BigNumber(c.stone_cost).toFixed(2),
    total: new BigNumber(c.stage_cost).plus(c.material_cost).plus(c.stone_cost).toFixed(2),
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
  // Who held the metal at each stage, and what they still hold of it.
  const names = await holderNames(scope, entries.map((e: any) => ({ type: e.holder_type, id: e.holder_id })))
  const holdersOf = (stageId: string) => {
    const own = entries.filter((e: any) => e.job_stage_id === stageId)
    const keys = [...new Set(own.map((e: any) => `${e.holder_type}:${e.holder_id}`))]
    return keys.map((k) => {
      const mine = own.filter((e: any) => `${e.holder_type}:${e.holder_id}` === k)
      const sum = (f: (e: any) => boolean) => mine.filter(f).reduce((n: BigNumber, e: any) => n.plus(String(e.gross_grams)), new BigNumber(0))
      return {
        ...names.get(k)!,
        issued: inUnit(sum((e) => e.entry_type === "issue").toFixed()),
        returned: inUnit(sum((e) => e.entry_type === "return").negated().toFixed()),
        loss: inUnit(sum((e) => e.entry_type === "loss").negated().toFixed()),
        holds: inUnit(sum(() => true).toFixed()),
      }
    })
  }
  const fineInUnit = (f: Record<string, Record<string, string | null>>) =>
    Object.fromEntries(Object.entries(f).map(([metalName, v]) => [metalName, Object.fromEntries(Object.entries(v).map(([k, x]) => [k, inUnit(x)]))]))
  const current = currentStage(stages)
  const table = (settings.karat_table as any) ?? undefined
  // Staff limited to their locations see that material went into the job, not which tag of another location (SPEC 7).
  let hidden = new Set<string>()
  if (viewer.location_ids) {
    const ids = [...new Set(materials.map((m: any) => m.stock_item_id as string))]
    const rows: any[] = ids.length ? await (scope.resolve(STOCK_MODULE) as any).listStockItems({ id: ids }, { select: ["id", "location_id"], take: ids.length, withDeleted: true }) : []
    hidden = new Set(rows.filter((r) => !viewer.location_ids!.includes(r.location_id)).map((r) => r.id))
  }
  return {
    job: {
      ...strip(job),
      display_number: jobNumber(job),
      requested_weight: weights.requested,
      current_stage: current ? { id: current.id, stage_name: current.stage_name, status: current.status } : null,
      style: style ? { id: style.id, code: style.code, name: style.name, image_url: style.image_url, lead_time_days: style.lead_time_days } : null,
    },
    stages: stages.map((s: any) => {
      const f = figures.stages.find((x) => x.id === s.id)!
      return {
        ...strip(s),
        cost: dec(s.cost, 2),
        issued: inUnit(f.issued),
        received: inUnit(f.received),
        rejected: inUnit(f.rejected),
        scrapped: inUnit(f.scrapped),
        waste: inUnit(f.waste),
        loss: inUnit(f.loss),
        loss_pct: f.loss_pct,
        in_process: inUnit(f.in_process),
        loss_standard_pct: f.loss_standard_pct,
        past_standard: f.past_standard,
        fine: fineInUnit(f.fine),
        holders: holdersOf(s.id),
        issued_grams: dec(s.issued_grams),
        loss_grams: dec(s.loss_grams),
      }
    }),
    materials: materials.map((m: any) => ({
      ...strip(m),
      ...(hidden.has(m.stock_item_id) ? { tag_id: null, stock_item_id: null, other_location: true } : {}),
      weight: dec(m.weight),
      grams: dec(m.grams),
      fine_grams: dec(m.fine_grams),
      fineness: dec(m.fineness, 2),
      purity: purityLabel(m.metal, m.fineness === null ? null : String(m.fineness), table),
      cost: dec(m.cost, 4),
      holder: m.holder_type ? names.get(`${m.holder_type}:${m.holder_id}`) ?? null : null,
    })),
    receipts: receipts.map((r: any) => {
      const out = strip(r)
      for (const k of ["received", "rejected", "scrapped", "waste"]) {
        out[`${k}_weight`] = dec(r[`${k}_weight`])
        delete out[`${k}_grams`]
      }
      out.fineness = dec(r.fineness, 2)
      out.purity = purityLabel(r.metal, r.fineness === null ? null : String(r.fineness), table)
      out.holder = r.holder_type ? names.get(`${r.holder_type}:${r.holder_id}`) ?? null : null
      return out
    }),
    qa_checks: qa.map(strip),
    weights: { unit, ...weights },
    /** Fine metal per metal, in the job's unit: input, received, rejected, scrapped, waste and held (SPEC 4b). */
    fine: fineInUnit(figures.fine),
    metrics: jobMetrics(weights as any),
    cost,
    bom_estimate,
  }
}

/** The job as the calling staff member may see it. */
export async function jobViewFor(req: any, id: string) {
  const { location_ids } = await stockScope(req)
  return jobView(req.scope, id, { location_ids })
}
