import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import type { NewStockItem } from "../../../modules/stock/service"
import { isWeightUnit, toDecimal, formatDecimal, WeightUnit } from "../../../lib/units"
import { ledgerGrams } from "../../../lib/ledger"
import { outputTag, OutputKind, rootTag } from "../../../lib/tags"
import { fineWeight, parsePurity, PurityError } from "../../../lib/purity"
import type { NewEntry } from "../../../modules/metal/service"
import { HolderInput, resolveHolder } from "../../metal/holders"
import { custodyContext } from "./materials"
import { jobNumber, production, retrieveActiveJob, retrieveJobStage } from "./common"

export type OutputDetails = {
  product_id?: string
  inventory_type_id?: string
  shape?: string | null
  size?: string | null
  color?: string | null
  quality?: string | null
}

export type ReceiveInput = {
  job_id: string
  job_stage_id: string
  weight_unit?: string
  received_pieces?: number
  received_weight?: string
  rejected_pieces?: number
  rejected_weight?: string
  rejected_details?: OutputDetails
  scrapped_pieces?: number
  scrapped_weight?: string
  scrapped_details?: OutputDetails
  waste_weight?: string
  location_id?: string
  notes?: string | null
  actor_id?: string | null
  /** Purity of what came back ("14K", "585", "PT950"); by default that of the metal the stage was issued. */
  purity?: string | null
  metal?: string | null
  /** Who returns it; by default who holds the stage's metal. */
  holder?: HolderInput
}

/**
 * Turns a receipt into the stock items it creates: received and rejected
 * output and scrap each become an item tagged from the source tag with
 * -RCVn, -REJn and -SCRAPn; waste is only recorded. Writes nothing.
 */
export const prepareReceiptStep = createStep("prepare-production-receipt", async (input: ReceiveInput, { container }) => {
  const service = production(container)
  const stock: StockModuleService = container.resolve(STOCK_MODULE)
  const job = await retrieveActiveJob(service, input.job_id)
  const stage = await retrieveJobStage(service, job.id, input.job_stage_id)
  if (stage.status === "completed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `job_stage_id: stage "${stage.stage_name}" is completed`)
  const settings = await service.getSettings()
  const unit = (input.weight_unit ?? job.weight_unit) as WeightUnit
  if (!isWeightUnit(unit)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `weight_unit: unknown unit "${unit}"`)

  const amount = (field: string, v?: string) => {
    if (v === undefined || v === null || v === "") return toDecimal(0)
    let d
    try {
      d = toDecimal(v)
    } catch {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: must be a decimal number`)
    }
    if (d.isNegative()) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: must be 0 or more`)
    return d
  }
  const count = (field: string, v?: number) => {
    const n = v ?? 0
    if (!Number.isInteger(n) || n < 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: must be a whole number, 0 or more`)
    return n
  }
  const w = {
    received: amount("received_weight", input.received_weight),
    rejected: amount("rejected_weight", input.rejected_weight),
    scrapped: amount("scrapped_weight", input.scrapped_weight),
    waste: amount("waste_weight", input.waste_weight),
  }
  const p = {
    received: count("received_pieces", input.received_pieces),
    rejected: count("rejected_pieces", input.rejected_pieces),
    scrapped: count("scrapped_pieces", input.scrapped_pieces),
  }
  if (Object.values(w).every((x) => x.isZero()) && Object.values(p).every((x) => x === 0)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "received_weight: the receipt is empty")
  }

  // The source: what went into this stage (or the job), else the job itself.
  const materials: any[] = await service.listProductionJobMaterials(
    { job_id: job.id, removed_at: null } as any,
    { order: { created_at: "ASC" }, take: null as any }
  )
  const source = materials.find((m) => m.job_stage_id === stage.id && m.kind === "issue") ?? materials.find((m) => m.kind === "issue") ?? null
  const sourceItem: any = source ? (await stock.listStockItems({ id: source.stock_item_id }, { take: 1 }))[0] : null
  // Output of output keeps the first source's tag with the next number (JWGRN0003-RCV2, not
  // JWGRN0003-RCV1-RCV1): a chain of twenty stages still fits the 50-character tag.
  const sourceTag = sourceItem ? (sourceItem.job_id === job.id ? rootTag(sourceItem.tag_id) : sourceItem.tag_id) : jobNumber(job)

  // Purity of what came back: as given, else the one metal and fineness the stage was issued.
  let purity: { metal: string; fineness: string } | null = null
  if (input.purity) {
    try {
      purity = parsePurity(input.purity, { metal: input.metal ?? null, karatTable: (settings.karat_table as any) ?? null })
    } catch (e) {
      if (e instanceof PurityError) throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
      throw e
    }
  } else {
    if (input.metal) throw new MedusaError(MedusaError.Types.INVALID_DATA, "purity: give the purity with the metal")
    const issuedHere = materials.filter((m) => m.job_stage_id === stage.id && m.metal)
    const kinds = new Map(issuedHere.map((m) => [`${m.metal}:${toDecimal(String(m.fineness)).toFixed()}`, { metal: m.metal, fineness: toDecimal(String(m.fineness)).toFixed() }]))
    if (kinds.size > 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `purity: stage "${stage.stage_name}" was issued ${[...kinds.values()].map((k) => `${k.metal} ${k.fineness}`).join(" and ")}; say the purity of what came back`
      )
    }
    purity = kinds.size ? [...kinds.values()][0] : null
  }
  const [catalogStage] = await service.listProductionStages({ id: stage.stage_id }, { take: 1 })
  // Who returns it: as named, else the stage's vendor or assignee, else who took its last issue.
  const lastIssue = [...materials].reverse().find((m) => m.job_stage_id === stage.id && m.holder_type)
  const holder = await resolveHolder(container, {
    holder: input.holder,
    stage,
    fallback: lastIssue ? { type: lastIssue.holder_type, id: lastIssue.holder_id } : null,
    actor_id: input.actor_id,
  })

  const types = await service.listInventoryTypes({}, { take: null as any })
  const inProcess = types.find((t: any) => t.kind === "in_process")
  let locationId = input.location_id ?? sourceItem?.location_id
  if (!locationId) {
    const [loc] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: 1 })
    locationId = loc?.id
  } else if (input.location_id) {
    const found = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: [input.location_id] })
    if (!found.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `location_id: stock location "${input.location_id}" does not exist`)
  }
  // What comes out of a customer's piece is still theirs: never shop stock, and it has no catalog product.
  const customerOwned = sourceItem?.ownership === "customer"
  const productId = customerOwned ? sourceItem.product_id ?? null : job.product_id ?? sourceItem?.product_id
  if (!productId && !customerOwned && (p.received || w.received.gt(0) || p.rejected || w.rejected.gt(0) || p.scrapped || w.scrapped.gt(0))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "product_id: the job has no product and no issued stock to name its output after")
  }

  const existing = await stock.query<{ tag_id: string }>(
    `SELECT tag_id FROM jewelry_stock_item WHERE tag_id LIKE ? AND deleted_at IS NULL`,
    [`${sourceTag}-%`]
  )
  const nextN = (kind: OutputKind) => {
    const suffix = { received: "RCV", rejected: "REJ", scrapped: "SCRAP" }[kind]
    const re = new RegExp(`^${sourceTag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-${suffix}(\\d+)$`)
    return 1 + Math.max(0, ...existing.map((e) => Number(re.exec(e.tag_id)?.[1] ?? 0)))
  }

  const typeIds = new Set(types.map((t: any) => t.id))
  const items: (NewStockItem & { bucket: OutputKind })[] = []
  const make = (bucket: OutputKind, weight: any, pieces: number, details: OutputDetails = {}) => {
    if (weight.isZero() && pieces === 0) return
    // Output and rejects are part-made pieces (in-process); scrap is the source material again.
    const typeId = details.inventory_type_id ?? (bucket === "scrapped" ? sourceItem?.inventory_type_id ?? inProcess?.id : inProcess?.id)
    if (!typeId || !typeIds.has(typeId)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${bucket}_details.inventory_type_id: unknown inventory type "${typeId ?? ""}"`)
    }
    const kind = types.find((t: any) => t.id === typeId)!.kind
    items.push({
      bucket,
      tag_id: outputTag(sourceTag, bucket, nextN(bucket)),
      tag_stem: "",
      product_id: details.product_id ?? productId,
      variant_id: null,
      inventory_kind: kind,
      inventory_type_id: typeId,
      shape: details.shape ?? sourceItem?.shape ?? job.requested_shape ?? null,
      size: details.size ?? sourceItem?.size ?? job.requested_size ?? null,
      color: details.color ?? sourceItem?.color ?? null,
      quality: details.quality ?? sourceItem?.quality ?? null,
      metal: purity?.metal ?? null,
      fineness: purity?.fineness ?? null,
      weight: formatDecimal(weight),
      weight_unit: unit,
      pieces,
      location_id: locationId!,
      status: "available",
      job_id: job.id,
      source_item_id: sourceItem?.id ?? null,
      ownership: customerOwned ? "customer" : "shop",
      customer_id: customerOwned ? sourceItem.customer_id ?? null : null,
      notes: `${bucket === "received" ? "Received" : bucket === "rejected" ? "Rejected" : "Scrap"} from ${jobNumber(job)} · ${stage.stage_name}`,
    })
  }
  make("received", w.received, p.received, {})
  make("rejected", w.rejected, p.rejected, input.rejected_details)
  make("scrapped", w.scrapped, p.scrapped, input.scrapped_details)
  if (input.rejected_details?.product_id || input.scrapped_details?.product_id) {
    const ids = [input.rejected_details?.product_id, input.scrapped_details?.product_id].filter(Boolean) as string[]
    const found = await container.resolve(Modules.PRODUCT).listProducts({ id: ids }, { take: ids.length })
    for (const id of ids) {
      if (!found.some((x: any) => x.id === id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_id: product "${id}" does not exist`)
    }
  }

  const g = (x: any) => ledgerGrams(x, unit).toFixed()
  // What came back leaves the holder's hands; waste is booked as their loss (SPEC 4b).
  const context = custodyContext(job, stage, catalogStage)
  const custody: NewEntry[] = (["received", "rejected", "scrapped", "waste"] as const)
    .filter((k) => w[k].isGreaterThan(0))
    .map((k) => ({
      ...context,
      holder_type: holder.type,
      holder_id: holder.id,
      entry_type: k === "waste" ? ("loss" as const) : ("return" as const),
      bucket: k,
      metal: purity?.metal ?? null,
      fineness: purity?.fineness ?? null,
      gross_grams: ledgerGrams(w[k], unit).negated().toFixed(),
      actor_id: input.actor_id ?? null,
    }))
  return new StepResponse({
    custody,
    items: items.map(({ bucket, ...rest }) => rest),
    receipt: {
      job_id: job.id,
      job_stage_id: stage.id,
      weight_unit: unit,
      received_pieces: p.received,
      received_weight: formatDecimal(w.received),
      rejected_pieces: p.rejected,
      rejected_weight: formatDecimal(w.rejected),
      scrapped_pieces: p.scrapped,
      scrapped_weight: formatDecimal(w.scrapped),
      waste_weight: formatDecimal(w.waste),
      received_grams: g(w.received),
      rejected_grams: g(w.rejected),
      scrapped_grams: g(w.scrapped),
      waste_grams: g(w.waste),
      rejected_details: input.rejected_details ?? null,
      scrapped_details: input.scrapped_details ?? null,
      notes: input.notes ?? null,
      received_by: input.actor_id ?? null,
      metal: purity?.metal ?? null,
      fineness: purity?.fineness ?? null,
      holder_type: holder.type,
      holder_id: holder.id,
    },
  })
})

export const createReceiptStep = createStep(
  "create-production-receipt",
  async (input: { receipt: Record<string, any>; item_ids: string[] }, { container }) => {
    const service = production(container)
    const receipt: any = await service.createProductionJobReceipts({ ...(input.receipt as any), created_item_ids: input.item_ids })
    const undo: any = { receipt_id: receipt.id, job: null, stage: null }
    const [job]: any[] = await service.listProductionJobs({ id: input.receipt.job_id }, { take: 1 })
    if (job.status === "open") {
      undo.job = { id: job.id, status: "open" }
      await service.updateProductionJobs({ id: job.id, status: "in_progress" } as any)
    }
    const [stage]: any[] = await service.listProductionJobStages({ id: input.receipt.job_stage_id }, { take: 1 })
    if (stage.status === "pending") {
      undo.stage = { id: stage.id, status: "pending", started_at: stage.started_at }
      await service.updateProductionJobStages({ id: stage.id, status: "in_progress", started_at: stage.started_at ?? new Date() } as any)
    }
    return new StepResponse(receipt, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = production(container)
    await service.deleteProductionJobReceipts(undo.receipt_id)
    if (undo.job) await service.updateProductionJobs(undo.job)
    if (undo.stage) await service.updateProductionJobStages(undo.stage)
  }
)
