import BigNumber from "bignumber.js"
import { MedusaError } from "@medusajs/framework/utils"
import { METAL_MODULE } from "../../../modules/metal"
import type MetalModuleService from "../../../modules/metal/service"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { formatDecimal, fromGrams, WeightUnit } from "../../../lib/units"
import { KaratTable, purityLabel } from "../../../lib/purity"
import { holderNames } from "../../../workflows/metal/holders"
import { lotNumber } from "../../../workflows/metal/steps/refining"

/** A period from the query: `to` is exclusive; `days` back from it by default. */
export function period(q: { from?: string; to?: string }, days = 30) {
  const to = q.to ? new Date(q.to) : new Date(Date.now() + 1000)
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - days * 86400000)
  if (from >= to) throw new MedusaError(MedusaError.Types.INVALID_DATA, "from: must be before to")
  return { from, to }
}

export const inUnit = (unit: WeightUnit) => (grams: string | null | undefined) =>
  grams === null || grams === undefined ? null : formatDecimal(fromGrams(String(grams), unit), 4)

/**
 * What every metal report starts from: the metal and production modules, the
 * workshop's settings and its weight unit, and a converter from grams to it.
 */
export async function metalContext(scope: any) {
  const metal: MetalModuleService = scope.resolve(METAL_MODULE)
  const production: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const settings = await production.getSettings()
  const unit = settings.default_weight_unit as WeightUnit
  return { metal, production, settings, unit, u: inUnit(unit) }
}

/** A refining lot as the admin shows it, weights in the workshop's unit. */
export async function refiningLotView(scope: any, id: string) {
  const metal: MetalModuleService = scope.resolve(METAL_MODULE)
  const production: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const [lot]: any[] = await metal.listRefiningLots({ id }, { relations: ["sources"], take: 1 })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Refining lot with id "${id}" was not found`)
  const settings = await production.getSettings()
  const unit = settings.default_weight_unit as WeightUnit
  const u = inUnit(unit)
  const names = lot.supplier_id ? await holderNames(scope, [{ type: "supplier", id: lot.supplier_id }]) : new Map()
  const jobIds = [...new Set((lot.sources as any[]).map((s) => s.job_id).filter(Boolean))] as string[]
  const jobs: any[] = jobIds.length ? await production.listProductionJobs({ id: jobIds }, { select: ["id", "number"], take: jobIds.length }) : []
  return {
    ...serializeLot(lot, unit, settings.karat_table as any),
    display_number: lotNumber("RL", lot.number),
    supplier: lot.supplier_id ? names.get(`supplier:${lot.supplier_id}`) ?? null : null,
    sources: (lot.sources as any[]).map((s) => ({
      id: s.id,
      kind: s.kind,
      description: s.description,
      gross_weight: u(String(s.gross_grams)),
      est_fineness: formatDecimal(String(s.est_fineness), 2),
      est_fine_weight: u(String(s.est_fine_grams)),
      recovered_fine_weight: s.recovered_fine_grams === null ? null : u(String(s.recovered_fine_grams)),
      job_id: s.job_id,
      job_number: jobs.find((j) => j.id === s.job_id) ? `JOB-${String(jobs.find((j) => j.id === s.job_id).number).padStart(5, "0")}` : null,
      job_stage_id: s.job_stage_id,
      receipt_id: s.receipt_id,
      stock_item_id: s.stock_item_id,
      tag_id: s.tag_id,
    })),
  }
}

export function serializeLot(lot: any, unit: WeightUnit, karatTable?: KaratTable | null) {
  const u = inUnit(unit)
  const out: Record<string, any> = {}
  for (const [k, v] of Object.entries(lot)) if (!k.startsWith("raw_") && k !== "sources" && k !== "inputs") out[k] = v
  out.unit = unit
  for (const k of ["est_gross_grams", "est_fine_grams", "fine_received_grams", "fine_in_grams", "alloy_in_grams", "fine_out_grams", "gross_out_grams", "loss_fine_grams"]) {
    if (k in lot) out[k.replace(/_grams$/, "_weight")] = u(lot[k] === null ? null : String(lot[k]))
    delete out[k]
  }
  for (const k of ["loss_pct", "charges"]) if (k in lot) out[k] = lot[k] === null ? null : new BigNumber(String(lot[k])).toFixed()
  if ("fineness" in lot) {
    out.fineness = formatDecimal(String(lot.fineness), 2)
    out.purity = purityLabel(lot.metal, out.fineness, karatTable ?? undefined)
  }
  return out
}

/** A melt lot as the admin shows it. */
export async function meltLotView(scope: any, id: string) {
  const metal: MetalModuleService = scope.resolve(METAL_MODULE)
  const production: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const [lot]: any[] = await metal.listMeltLots({ id }, { relations: ["inputs"], take: 1 })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Melt lot with id "${id}" was not found`)
  const settings = await production.getSettings()
  const unit = settings.default_weight_unit as WeightUnit
  const u = inUnit(unit)
  return {
    ...serializeLot(lot, unit, settings.karat_table as any),
    display_number: lotNumber("ML", lot.number),
    inputs: (lot.inputs as any[]).map((i) => ({
      id: i.id,
      stock_item_id: i.stock_item_id,
      tag_id: i.tag_id,
      metal: i.metal,
      purity: purityLabel(i.metal, i.fineness === null ? null : String(i.fineness), (settings.karat_table as any) ?? undefined) || "Alloy",
      gross_weight: u(String(i.grams)),
      fine_weight: i.metal ? u(String(i.fine_grams)) : null,
    })),
  }
}
