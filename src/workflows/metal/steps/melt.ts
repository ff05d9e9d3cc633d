import BigNumber from "bignumber.js"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId, MedusaError, Modules } from "@medusajs/framework/utils"
import { METAL_MODULE } from "../../../modules/metal"
import type MetalModuleService from "../../../modules/metal/service"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import type { MovementInput } from "../../../modules/stock/service"
import { PRODUCTION_MODULE } from "../../../modules/production"
import { ledgerGrams } from "../../../lib/ledger"
import { fineWeight, isMetal, parsePurity, PurityError } from "../../../lib/purity"
import { meltOutcome, RecoveryError } from "../../../lib/recovery"
import { fromGrams, isWeightUnit, toDecimal, toGrams, WeightUnit, formatDecimal } from "../../../lib/units"
import { productShortName, tagStem } from "../../../lib/tags"
import { amountToTake, TakeLine } from "../../stock/take"
import { givingBack, lotNumber } from "./refining"

const metal = (container: any): MetalModuleService => container.resolve(METAL_MODULE)
const bad = (field: string, message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)

export type CreateMeltLotInput = {
  metal: string
  purity: string
  product_id: string
  location_id: string
  inputs: TakeLine[]
  notes?: string | null
  actor_id?: string | null
  location_ids: string[] | null
}

/**
 * Checks a melt: the items going in (of the lot's metal, or alloy with no
 * purity), the purity to make and where the new item goes. Writes nothing.
 */
export const prepareMeltLotStep = createStep("prepare-melt-lot", async (input: CreateMeltLotInput, { container }) => {
  if (!isMetal(input.metal)) throw bad("metal", "one of gold, silver, platinum, palladium")
  const production: any = container.resolve(PRODUCTION_MODULE)
  const stock: StockModuleService = container.resolve(STOCK_MODULE)
  const settings = await production.getSettings()
  let target
  try {
    target = parsePurity(input.purity, { metal: input.metal, karatTable: settings.karat_table })
  } catch (e) {
    if (e instanceof PurityError) throw bad(e.field, e.message.replace(/^[a-z_]+: /, ""))
    throw e
  }
  if (input.location_ids && !input.location_ids.includes(input.location_id)) throw bad("location_id", "you can only melt into your own locations")
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: [input.location_id] })
  if (!location) throw bad("location_id", `stock location "${input.location_id}" does not exist`)
  const [product] = await container.resolve(Modules.PRODUCT).listProducts({ id: [input.product_id] }, { take: 1 })
  if (!product) throw bad("product_id", `product "${input.product_id}" does not exist`)
  if (!input.inputs?.length) throw bad("inputs", "pick at least one stock item to melt")
  const ids = input.inputs.map((i) => i.stock_item_id)
  if (new Set(ids).size !== ids.length) throw bad("inputs", "a stock item is listed twice")
  const items: any[] = await stock.listStockItems({ id: ids }, { take: ids.length })
  // The lot's id is known now so the ledger's movements can name it.
  const lotId = generateEntityId(undefined, "jml")
  const moves: MovementInput[] = []
  const rows: Record<string, any>[] = []
  for (const [idx, line] of input.inputs.entries()) {
    const at = `inputs[${idx}].`
    const item = items.find((i) => i.id === line.stock_item_id)
    if (!item || (input.location_ids && !input.location_ids.includes(item.location_id))) throw bad(`${at}stock_item_id`, `stock item "${line.stock_item_id}" does not exist`)
    if (item.status !== "available") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${at}stock_item_id: ${item.tag_id} is ${item.status}, not available`)
    if (item.ownership === "customer") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${at}stock_item_id: ${item.tag_id} is a customer's piece, not the shop's metal`)
    if (item.metal && item.metal !== input.metal) throw bad(`${at}stock_item_id`, `${item.tag_id} is ${item.metal}; a ${input.metal} melt takes ${input.metal} and alloy only`)
    const take = amountToTake(item, line, at, "melt")
    const grams = ledgerGrams(take.weight, take.unit)
    moves.push({
      stock_item_id: item.id,
      weight_delta: take.weight.negated().toFixed(),
      pieces_delta: -take.pieces,
      reason: "melt",
      note: "Into the melt",
      actor_id: input.actor_id ?? null,
      reference_type: "melt_lot",
      reference_id: lotId,
    })
    rows.push({
      stock_item_id: item.id,
      tag_id: item.tag_id,
      metal: item.metal ?? null,
      fineness: item.fineness === null ? null : String(item.fineness),
      grams: grams.toFixed(),
      fine_grams: fineWeight(grams, item.metal ? String(item.fineness) : null).toFixed(),
      cost: take.cost.toFixed(),
    })
  }
  if (!rows.some((r) => r.metal)) throw bad("inputs", `nothing in the melt carries ${input.metal}`)
  return new StepResponse({
    lot: {
      id: lotId,
      metal: input.metal,
      fineness: target.fineness,
      product_id: product.id,
      location_id: location.id,
      notes: input.notes ?? null,
      created_by: input.actor_id ?? null,
      fine_in_grams: rows.reduce((n, r) => n.plus(r.fine_grams), new BigNumber(0)).toFixed(),
      alloy_in_grams: rows.filter((r) => !r.metal).reduce((n, r) => n.plus(r.grams), new BigNumber(0)).toFixed(),
    },
    rows,
    moves,
  })
})

export const createMeltLotStep = createStep(
  "create-melt-lot",
  async (input: { lot: Record<string, any>; rows: Record<string, any>[]; movements: { id: string; stock_item_id: string }[] }, { container }) => {
    const service = metal(container)
    const lot: any = await service.createMeltLots(input.lot as any)
    const created = (await service.createMeltInputs(
      input.rows.map((r) => ({ ...r, lot_id: lot.id, movement_id: input.movements.find((m) => m.stock_item_id === r.stock_item_id)?.id ?? null })) as any
    )) as unknown as any[]
    return new StepResponse(lot, { lot_id: lot.id, input_ids: created.map((c) => c.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = metal(container)
    if (undo.input_ids.length) await service.deleteMeltInputs(undo.input_ids)
    await service.deleteMeltLots(undo.lot_id)
  }
)

/**
 * Works out the melt's new item from what came out of the crucible (or the
 * fine lost): fine out + melting loss = fine in. Writes nothing.
 */
export const prepareMeltOutputStep = createStep(
  "prepare-melt-output",
  async (input: { id: string; output_weight?: string | null; weight_unit?: string; loss_fine_weight?: string | null; inventory_type_id?: string }, { container }) => {
    const service = metal(container)
    const production: any = container.resolve(PRODUCTION_MODULE)
    const [lot]: any[] = await service.listMeltLots({ id: input.id }, { relations: ["inputs"], take: 1 })
    const unit = input.weight_unit ?? "g"
    if (!isWeightUnit(unit)) throw bad("weight_unit", `unknown unit "${unit}"`)
    const g = (v: string | null | undefined) => (v === undefined || v === null || v === "" ? null : toGrams(v, unit as WeightUnit).toFixed())
    let outcome
    try {
      outcome = meltOutcome(
        (lot.inputs as any[]).map((i) => ({ metal: i.metal, fineness: i.fineness === null ? null : String(i.fineness), grams: String(i.grams), tag_id: i.tag_id })),
        { metal: lot.metal, fineness: String(lot.fineness), gross_grams: g(input.output_weight), loss_fine_grams: g(input.loss_fine_weight) }
      )
    } catch (e) {
      if (e instanceof RecoveryError) throw bad(e.field === "loss_fine_weight" ? "loss_fine_weight" : e.field, e.message.replace(/^[a-z_]+: /, ""))
      throw e
    }
    const settings = await production.getSettings()
    const types: any[] = await production.listInventoryTypes({}, { order: { rank: "ASC" }, take: null })
    const typeId = input.inventory_type_id ?? (types.find((t) => t.code === "METALS") ?? types.find((t) => t.kind === "materials_supplies"))?.id
    const type = types.find((t) => t.id === typeId)
    if (!type) throw bad("inventory_type_id", `unknown inventory type "${typeId ?? ""}"`)
    const [product] = await container.resolve(Modules.PRODUCT).listProducts({ id: [lot.product_id] }, { take: 1 })
    const cost = (lot.inputs as any[]).reduce((n, i) => n.plus(i.cost ?? 0), new BigNumber(0))
    const item = {
      tag_stem: tagStem(settings.tag_prefix, productShortName(product ?? { title: "Melt" })),
      product_id: lot.product_id,
      variant_id: null,
      inventory_kind: type.kind,
      inventory_type_id: type.id,
      metal: lot.metal,
      fineness: toDecimal(String(lot.fineness)).toFixed(),
      quality: null,
      weight: formatDecimal(fromGrams(outcome.gross_out, unit as WeightUnit)),
      weight_unit: unit as WeightUnit,
      pieces: 1,
      location_id: lot.location_id,
      status: "available",
      cost_basis: cost.isZero() ? null : cost.decimalPlaces(4, BigNumber.ROUND_HALF_UP).toFixed(),
      notes: `Melted in ${lotNumber("ML", lot.number)}`,
    }
    return new StepResponse({ lot, outcome, item })
  }
)

export const finalizeMeltLotStep = createStep(
  "finalize-melt-lot",
  async (input: { id: string; outcome: ReturnType<typeof meltOutcome>; item_id: string }, { container }) => {
    const lot = await metal(container).updateMeltLots({
      id: input.id,
      status: "melted",
      melted_at: new Date(),
      fine_out_grams: input.outcome.fine_out,
      gross_out_grams: input.outcome.gross_out,
      loss_fine_grams: input.outcome.loss_fine,
      loss_pct: input.outcome.loss_pct === null ? null : String(input.outcome.loss_pct),
      output_item_id: input.item_id,
    } as any)
    return new StepResponse(lot, input.id)
  },
  async (id, { container }) => {
    if (id) await metal(container).updateMeltLots({ id, melted_at: null, fine_out_grams: null, gross_out_grams: null, loss_fine_grams: null, loss_pct: null, output_item_id: null } as any)
  }
)

export const prepareMeltCancelStep = createStep("prepare-melt-lot-cancel", async (input: { id: string; actor_id?: string | null }, { container }) => {
  const [lot]: any[] = await metal(container).listMeltLots({ id: input.id }, { relations: ["inputs"], take: 1 })
  const movementIds = (lot.inputs as any[]).filter((i) => i.movement_id).map((i) => i.movement_id as string)
  const moves = await givingBack(container, movementIds, `Melt ${lotNumber("ML", lot.number)} cancelled`, input.actor_id ?? null, "melt", { type: "melt_lot", id: lot.id })
  return new StepResponse({ lot, moves })
})
