import BigNumber from "bignumber.js"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId, MedusaError, Modules } from "@medusajs/framework/utils"
import { METAL_MODULE } from "../../../modules/metal"
import type MetalModuleService from "../../../modules/metal/service"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import type { MovementInput } from "../../../modules/stock/service"
import { PRODUCTION_MODULE } from "../../../modules/production"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import { ledgerGrams } from "../../../lib/ledger"
import { fineWeight, isMetal, Metal, parsePurity, PurityError } from "../../../lib/purity"
import { estimatedFine, recoveredShares, refiningLossPct } from "../../../lib/recovery"
import { convertWeight, isWeightUnit, toDecimal, WeightUnit } from "../../../lib/units"
import { amountToTake, TakeLine } from "../../stock/take"
import { productShortName, tagStem } from "../../../lib/tags"

export const lotNumber = (prefix: "RL" | "ML", n: number) => `${prefix}-${String(n).padStart(4, "0")}`
const metal = (container: any): MetalModuleService => container.resolve(METAL_MODULE)
const bad = (field: string, message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)

export type RefiningSourceInput =
  | { kind: "waste"; receipt_id: string; est_fineness?: string; purity?: string }
  | { kind: "sweeps"; description: string; weight: string; weight_unit?: string; est_fineness?: string; purity?: string; department_id?: string | null; job_stage_id?: string | null }
  | ({ kind: "scrap_item" } & TakeLine)

export type CreateRefiningLotInput = {
  metal: string
  supplier_id?: string | null
  notes?: string | null
  sources: RefiningSourceInput[]
  actor_id?: string | null
  /** Locations the caller may take stock from (null: all). */
  location_ids: string[] | null
}

/** An estimated fineness, given as one or read from a purity ("14K"). */
function estFineness(s: { est_fineness?: string; purity?: string }, lotMetal: Metal, at: string, fallback: string | null, karatTable: any): string {
  if (s.est_fineness !== undefined) {
    const f = toDecimal(s.est_fineness)
    if (f.isLessThanOrEqualTo(0) || f.isGreaterThan(1000)) throw bad(`${at}est_fineness`, "parts per thousand, over 0 and at most 1000")
    return f.toFixed()
  }
  if (s.purity) {
    try {
      const p = parsePurity(s.purity, { metal: lotMetal, karatTable })
      return p.fineness
    } catch (e) {
      if (e instanceof PurityError) throw bad(`${at}purity`, e.message.replace(/^[a-z_]+: /, ""))
      throw e
    }
  }
  if (fallback) return fallback
  throw bad(`${at}est_fineness`, "estimate how fine it is (parts per thousand) or give its purity")
}

/**
 * Checks a new refining lot and works out its sources: a receipt's waste
 * (once: a receipt's waste goes into one lot), sweeps collected at a bench,
 * or scrap items taken out of stock. Writes nothing.
 */
export const prepareRefiningLotStep = createStep("prepare-refining-lot", async (input: CreateRefiningLotInput, { container }) => {
  if (!isMetal(input.metal)) throw bad("metal", `one of gold, silver, platinum, palladium`)
  const lotMetal = input.metal as Metal
  if (!input.sources?.length) throw bad("sources", "collect at least one source of metal")
  const production: any = container.resolve(PRODUCTION_MODULE)
  const stock: StockModuleService = container.resolve(STOCK_MODULE)
  const settings = await production.getSettings()
  if (input.supplier_id) {
    const [sup] = await (container.resolve(PURCHASING_MODULE) as any).listSuppliers({ id: [input.supplier_id] }, { take: 1 })
    if (!sup) throw bad("supplier_id", `supplier "${input.supplier_id}" does not exist`)
  }
  const receiptIds = input.sources.filter((s) => s.kind === "waste").map((s: any) => s.receipt_id)
  const itemIds = input.sources.filter((s) => s.kind === "scrap_item").map((s: any) => s.stock_item_id)
  if (new Set(receiptIds).size !== receiptIds.length) throw bad("sources", "a receipt's waste is listed twice")
  if (new Set(itemIds).size !== itemIds.length) throw bad("sources", "a stock item is listed twice")
  const [receipts, items, taken]: any[][] = await Promise.all([
    receiptIds.length ? production.listProductionJobReceipts({ id: receiptIds }, { take: null }) : [],
    itemIds.length ? stock.listStockItems({ id: itemIds }, { take: itemIds.length }) : [],
    receiptIds.length ? metal(container).listRefiningSources({ receipt_id: receiptIds } as any, { take: null as any }) : [],
  ])
  const stageIds = [...new Set(receipts.map((r) => r.job_stage_id))]
  const jobStages: any[] = stageIds.length ? await production.listProductionJobStages({ id: stageIds }, { take: null }) : []

  const sources: Record<string, any>[] = []
  // The lot's id is known now so the ledger's movements can name it.
  const lotId = generateEntityId(undefined, "jrl")
  const moves: MovementInput[] = []
  for (const [idx, s] of input.sources.entries()) {
    const at = `sources[${idx}].`
    if (s.kind === "waste") {
      const r = receipts.find((x) => x.id === s.receipt_id)
      if (!r) throw bad(`${at}receipt_id`, `receipt "${s.receipt_id}" does not exist`)
      if (taken.some((t) => t.receipt_id === r.id)) throw new MedusaError(MedusaError.Types.CONFLICT, `${at}receipt_id: that receipt's waste is already in a refining lot`)
      const gross = toDecimal(String(r.waste_grams))
      if (gross.isZero()) throw bad(`${at}receipt_id`, "that receipt recorded no waste")
      if (r.metal && r.metal !== lotMetal) throw bad(`${at}receipt_id`, `that waste is ${r.metal}; this lot is ${lotMetal}`)
      const fineness = estFineness(s, lotMetal, at, r.fineness === null ? null : String(r.fineness), settings.karat_table)
      const stage = jobStages.find((x) => x.id === r.job_stage_id)
      sources.push({
        kind: "waste",
        description: `Waste of ${stage?.stage_name ?? "a stage"}`,
        gross_grams: gross.toFixed(),
        est_fineness: fineness,
        job_id: r.job_id,
        job_stage_id: r.job_stage_id,
        receipt_id: r.id,
        department_id: stage?.department_id ?? null,
      })
    } else if (s.kind === "sweeps") {
      if (!s.description?.trim()) throw bad(`${at}description`, "say what was collected (floor sweeps, polishing dust, filings)")
      const unit = s.weight_unit ?? "g"
      if (!isWeightUnit(unit)) throw bad(`${at}weight_unit`, `unknown unit "${unit}"`)
      const gross = ledgerGrams(convertWeight(s.weight, unit as WeightUnit, unit as WeightUnit), unit as WeightUnit)
      if (gross.isLessThanOrEqualTo(0)) throw bad(`${at}weight`, "must be over 0")
      if (s.department_id) {
        const [d] = await production.listProductionDepartments({ id: s.department_id }, { take: 1 })
        if (!d) throw bad(`${at}department_id`, `department "${s.department_id}" does not exist`)
      }
      let jobId: string | null = null
      if (s.job_stage_id) {
        const [st] = await production.listProductionJobStages({ id: s.job_stage_id }, { take: 1 })
        if (!st) throw bad(`${at}job_stage_id`, `job stage "${s.job_stage_id}" does not exist`)
        jobId = st.job_id
      }
      sources.push({
        kind: "sweeps",
        description: s.description.trim(),
        gross_grams: gross.toFixed(),
        est_fineness: estFineness(s, lotMetal, at, null, settings.karat_table),
        department_id: s.department_id ?? null,
        job_stage_id: s.job_stage_id ?? null,
        job_id: jobId,
      })
    } else if (s.kind === "scrap_item") {
      const item = items.find((i) => i.id === s.stock_item_id)
      if (!item || (input.location_ids && !input.location_ids.includes(item.location_id))) {
        throw bad(`${at}stock_item_id`, `stock item "${s.stock_item_id}" does not exist`)
      }
      if (item.status !== "available") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${at}stock_item_id: ${item.tag_id} is ${item.status}, not available`)
    if (item.ownership === "customer") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${at}stock_item_id: ${item.tag_id} is a customer's piece, not the shop's metal`)
      if (item.ownership === "customer") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${at}stock_item_id: ${item.tag_id} is a customer's piece, not the shop's metal`)
      if (item.metal !== lotMetal) throw bad(`${at}stock_item_id`, `${item.tag_id} is ${item.metal ? item.metal : "not precious metal"}; this lot is ${lotMetal}`)
      const take = amountToTake(item, s, at, "refine")
      const grams = ledgerGrams(take.weight, take.unit)
      moves.push({
        stock_item_id: item.id,
        weight_delta: take.weight.negated().toFixed(),
        pieces_delta: -take.pieces,
        reason: "refining",
        note: "Sent for refining",
        actor_id: input.actor_id ?? null,
        reference_type: "refining_lot",
        reference_id: lotId,
      })
      sources.push({
        kind: "scrap_item",
        description: `Scrap ${item.tag_id}`,
        gross_grams: grams.toFixed(),
        est_fineness: toDecimal(String(item.fineness)).toFixed(),
        stock_item_id: item.id,
        tag_id: item.tag_id,
        job_id: item.job_id ?? null,
        cost: take.cost.toFixed(),
      })
    } else {
      throw bad(`${at}kind`, "waste, sweeps or scrap_item")
    }
  }
  for (const s of sources) s.est_fine_grams = fineWeight(s.gross_grams, s.est_fineness).toFixed()
  const est_gross = sources.reduce((n, s) => n.plus(s.gross_grams), new BigNumber(0))
  return new StepResponse({
    lot: {
      id: lotId,
      metal: lotMetal,
      supplier_id: input.supplier_id ?? null,
      notes: input.notes ?? null,
      created_by: input.actor_id ?? null,
      est_gross_grams: est_gross.toFixed(),
      est_fine_grams: estimatedFine(sources as any).toFixed(),
    },
    sources,
    moves,
    scrap_item_ids: sources.filter((s) => s.kind === "scrap_item").map((s) => s.stock_item_id as string),
  })
})

/** Creates the lot and its sources, with the movements that took scrap out of stock; undone by deleting them. */
export const createRefiningLotStep = createStep(
  "create-refining-lot",
  async (input: { lot: Record<string, any>; sources: Record<string, any>[]; movements: { id: string; stock_item_id: string }[] }, { container }) => {
    const service = metal(container)
    const lot: any = await service.createRefiningLots(input.lot as any)
    const rows = input.sources.map((s) => ({
      ...s,
      lot_id: lot.id,
      movement_id: s.stock_item_id ? input.movements.find((m) => m.stock_item_id === s.stock_item_id)?.id ?? null : null,
    }))
    const created = (await service.createRefiningSources(rows as any)) as unknown as any[]
    return new StepResponse(lot, { lot_id: lot.id, source_ids: created.map((c) => c.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = metal(container)
    if (undo.source_ids.length) await service.deleteRefiningSources(undo.source_ids)
    await service.deleteRefiningLots(undo.lot_id)
  }
)

/** Moves a lot from one status to another once; a second call at the same time is refused. Undone by moving it back. */
export const claimLotStep = createStep(
  "claim-metal-lot",
  async (input: { table: "jewelry_refining_lot" | "jewelry_melt_lot"; id: string; from: string[]; to: string; what: string }, { container }) => {
    const service = metal(container)
    const list = input.table === "jewelry_refining_lot" ? service.listRefiningLots.bind(service) : service.listMeltLots.bind(service)
    const [lot]: any[] = await list({ id: input.id } as any, { take: 1 })
    if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${input.what} with id "${input.id}" was not found`)
    const claim = await service.claimLot(input.table, input.id, input.from, input.to)
    if (!claim) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `status: ${input.what} ${lotNumber(input.table === "jewelry_refining_lot" ? "RL" : "ML", lot.number)} is ${lot.status}; it cannot be ${input.to === "cancelled" ? "cancelled" : input.to === "sent" ? "sent" : "received"} now`
      )
    }
    return new StepResponse({ ...claim, lot }, { table: input.table, id: input.id, previous: claim.previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = metal(container)
    if (undo.table === "jewelry_refining_lot") await service.updateRefiningLots({ id: undo.id, status: undo.previous } as any)
    else await service.updateMeltLots({ id: undo.id, status: undo.previous } as any)
  }
)

/** Stamps a sent lot with its refiner and date; undone by clearing them. */
export const markLotSentStep = createStep(
  "mark-refining-lot-sent",
  async (input: { id: string; supplier_id?: string | null; sent_at?: string | null }, { container }) => {
    const service = metal(container)
    const [lot]: any[] = await service.listRefiningLots({ id: input.id }, { take: 1 })
    const supplierId = input.supplier_id ?? lot.supplier_id
    if (!supplierId) throw bad("supplier_id", "say which refiner the lot goes to")
    const [sup] = await (container.resolve(PURCHASING_MODULE) as any).listSuppliers({ id: [supplierId] }, { take: 1 })
    if (!sup) throw bad("supplier_id", `supplier "${supplierId}" does not exist`)
    await service.updateRefiningLots({ id: input.id, supplier_id: supplierId, sent_at: input.sent_at ? new Date(input.sent_at) : new Date() } as any)
    return new StepResponse(true, { id: input.id, supplier_id: lot.supplier_id, sent_at: lot.sent_at })
  },
  async (undo, { container }) => {
    if (undo) await metal(container).updateRefiningLots(undo as any)
  }
)

export type RefiningOutput = {
  product_id: string
  variant_id?: string | null
  inventory_type_id?: string
  purity?: string | null
  metal?: string | null
  weight: string
  weight_unit?: string
  pieces?: number
  notes?: string | null
}

/**
 * Works out what came back from the refiner: fine metal (and any stones)
 * as new stock items at a location, the fine received of the lot's metal,
 * the refining loss % and each source's share. Writes nothing.
 */
export const prepareRefiningReceiptStep = createStep(
  "prepare-refining-receipt",
  async (
    input: { id: string; location_id: string; outputs: RefiningOutput[]; charges?: string | null; currency_code?: string | null; location_ids: string[] | null },
    { container }
  ) => {
    const service = metal(container)
    const production: any = container.resolve(PRODUCTION_MODULE)
    const [lot]: any[] = await service.listRefiningLots({ id: input.id }, { relations: ["sources"], take: 1 })
    if (input.location_ids && !input.location_ids.includes(input.location_id)) throw bad("location_id", "you can only receive stock at your own locations")
    const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: [input.location_id] })
    if (!location) throw bad("location_id", `stock location "${input.location_id}" does not exist`)
    if (!input.outputs?.length) throw bad("outputs", "say what came back from the refiner")
    const settings = await production.getSettings()
    const types: any[] = await production.listInventoryTypes({}, { order: { rank: "ASC" }, take: null })
    const metalsType = types.find((t) => t.code === "METALS") ?? types.find((t) => t.kind === "materials_supplies") ?? types.find((t) => t.kind === "rough")
    const productIds = [...new Set(input.outputs.map((o) => o.product_id))]
    const products: any[] = await container.resolve(Modules.PRODUCT).listProducts({ id: productIds }, { relations: ["variants"], take: productIds.length })
    const charges = input.charges === undefined || input.charges === null || input.charges === "" ? new BigNumber(0) : toDecimal(input.charges)
    if (charges.isNegative()) throw bad("charges", "must be 0 or more")
    let fineReceived = new BigNumber(0)
    const items = input.outputs.map((o, idx) => {
      const at = `outputs[${idx}].`
      const product = products.find((p) => p.id === o.product_id)
      if (!product) throw bad(`${at}product_id`, `product "${o.product_id}" does not exist`)
      if (o.variant_id && !product.variants.some((v: any) => v.id === o.variant_id)) throw bad(`${at}variant_id`, `not a variant of ${product.title}`)
      const unit = o.weight_unit ?? "g"
      if (!isWeightUnit(unit)) throw bad(`${at}weight_unit`, `unknown unit "${unit}"`)
      const weight = toDecimal(o.weight)
      if (weight.isLessThanOrEqualTo(0)) throw bad(`${at}weight`, "must be over 0")
      let purity: { metal: string; fineness: string } | null = null
      if (o.purity) {
        try {
          purity = parsePurity(o.purity, { metal: o.metal ?? lot.metal, karatTable: settings.karat_table })
        } catch (e) {
          if (e instanceof PurityError) throw bad(`${at}${e.field}`, e.message.replace(/^[a-z_]+: /, ""))
          throw e
        }
      }
      const typeId = o.inventory_type_id ?? metalsType?.id
      const type = types.find((t) => t.id === typeId)
      if (!type) throw bad(`${at}inventory_type_id`, `unknown inventory type "${typeId ?? ""}"`)
      if (purity && purity.metal === lot.metal) fineReceived = fineReceived.plus(fineWeight(ledgerGrams(weight, unit as WeightUnit), purity.fineness))
      return {
        tag_stem: tagStem(settings.tag_prefix, productShortName(product)),
        product_id: product.id,
        variant_id: o.variant_id ?? null,
        inventory_kind: type.kind,
        inventory_type_id: type.id,
        metal: purity?.metal ?? null,
        fineness: purity?.fineness ?? null,
        quality: o.purity ?? null,
        weight: weight.toFixed(),
        weight_unit: unit as WeightUnit,
        pieces: o.pieces ?? 1,
        location_id: location.id,
        status: "available",
        notes: o.notes ?? `Back from refining lot ${lotNumber("RL", lot.number)}`,
      }
    })
    if (fineReceived.isZero()) throw bad("outputs", `nothing received is ${lot.metal}; give the purity of the metal that came back`)
    // Cost: the refiner's charges plus what the scrap taken out of stock had cost, spread by fine metal.
    const scrapCost = (lot.sources as any[]).reduce((n, s) => n.plus(s.cost ?? 0), new BigNumber(0))
    // The refiner's charges and the scrap's cost go onto the first item of the lot's metal.
    const totalCost = charges.plus(scrapCost)
    const carrier = items.find((i) => i.metal === lot.metal)
    if (carrier && !totalCost.isZero()) (carrier as any).cost_basis = totalCost.decimalPlaces(4, BigNumber.ROUND_HALF_UP).toFixed()
    if (carrier && input.currency_code) (carrier as any).currency_code = input.currency_code
    const shares = recoveredShares(
      (lot.sources as any[]).map((s) => ({ id: s.id, gross_grams: String(s.gross_grams), est_fineness: String(s.est_fineness) })),
      fineReceived.toFixed()
    )
    return new StepResponse({
      lot,
      items,
      total_cost: totalCost.toFixed(),
      fine_received: fineReceived.toFixed(),
      loss_pct: refiningLossPct(String(lot.est_fine_grams), fineReceived),
      shares: shares.map((s) => ({ id: s.id, recovered_fine_grams: s.recovered_fine })),
      charges: input.charges ?? null,
      currency_code: input.currency_code ?? null,
    })
  }
)

/** Stamps the lot received with what came back; undone by clearing it (the claim step puts the status back). */
export const finalizeRefiningLotStep = createStep(
  "finalize-refining-lot",
  async (
    input: { id: string; location_id: string; fine_received: string; loss_pct: number | null; shares: { id: string; recovered_fine_grams: string }[]; item_ids: string[]; charges: string | null; currency_code: string | null },
    { container }
  ) => {
    const service = metal(container)
    await service.updateRefiningSources(input.shares as any)
    const lot = await service.updateRefiningLots({
      id: input.id,
      status: "received",
      received_at: new Date(),
      fine_received_grams: input.fine_received,
      loss_pct: input.loss_pct === null ? null : String(input.loss_pct),
      location_id: input.location_id,
      output_item_ids: input.item_ids,
      charges: input.charges,
      currency_code: input.currency_code,
    } as any)
    return new StepResponse(lot, { id: input.id, source_ids: input.shares.map((s) => s.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = metal(container)
    await service.updateRefiningSources(undo.source_ids.map((id: string) => ({ id, recovered_fine_grams: null })) as any)
    await service.updateRefiningLots({ id: undo.id, received_at: null, fine_received_grams: null, loss_pct: null, output_item_ids: [], charges: null } as any)
  }
)

/** A cancelled lot gives its scrap back to stock (what each movement took) and frees its receipts' waste for another lot. */
export const prepareRefiningCancelStep = createStep("prepare-refining-lot-cancel", async (input: { id: string; actor_id?: string | null }, { container }) => {
  const [lot]: any[] = await metal(container).listRefiningLots({ id: input.id }, { relations: ["sources"], take: 1 })
  const movementIds = (lot.sources as any[]).filter((s) => s.kind === "scrap_item" && s.movement_id).map((s) => s.movement_id as string)
  const moves = await givingBack(container, movementIds, `Refining lot ${lotNumber("RL", lot.number)} cancelled`, input.actor_id ?? null, "refining", { type: "refining_lot", id: lot.id })
  return new StepResponse({ lot, moves, source_ids: (lot.sources as any[]).map((s) => s.id as string) })
})

/** Movements that give back exactly what earlier movements took out of stock. */
export async function givingBack(
  container: any,
  movementIds: string[],
  note: string,
  actorId: string | null,
  reason: string,
  ref: { type: string; id: string }
): Promise<MovementInput[]> {
  if (!movementIds.length) return []
  const stock: StockModuleService = container.resolve(STOCK_MODULE)
  const taken: any[] = await stock.listStockMovements({ id: movementIds }, { take: movementIds.length })
  return taken.map((m) => ({
    stock_item_id: m.stock_item_id,
    weight_delta: toDecimal(String(m.weight)).toFixed(),
    weight_unit: m.weight_unit,
    pieces_delta: -Number(m.pieces_delta),
    reason,
    note,
    actor_id: actorId,
    reference_type: ref.type,
    reference_id: ref.id,
  }))
}

export const releaseRefiningSourcesStep = createStep(
  "release-refining-sources",
  async (input: { source_ids: string[] }, { container }) => {
    if (input.source_ids.length) await metal(container).softDeleteRefiningSources(input.source_ids)
    return new StepResponse(true, input.source_ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await metal(container).restoreRefiningSources(ids)
  }
)
