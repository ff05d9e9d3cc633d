import BigNumber from "bignumber.js"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import type { MovementInput } from "../../../modules/stock/service"
import { convertWeight, formatDecimal, isWeightUnit, toDecimal, WeightUnit } from "../../../lib/units"
import { ledgerGrams } from "../../../lib/ledger"
import { fineWeight } from "../../../lib/purity"
import type { Holder } from "../../../lib/metal-custody"
import type { NewEntry } from "../../../modules/metal/service"
import { HolderInput, resolveHolder } from "../../metal/holders"
import { amountToTake } from "../../stock/take"
import { customerPieceUse } from "../../../lib/job-kinds"
import { assertInventoryMapping, jobNumber, production, retrieveActiveJob, retrieveJobStage } from "./common"

export type IssueLine = { stock_item_id: string; full?: boolean; weight?: string; weight_unit?: string; pieces?: number }

/** Which of the job's buckets an output item came from, by its tag (-RCVn, -REJn, -SCRAPn). */
export function outputBucketOfTag(tag: string): "received" | "rejected" | "scrapped" | null {
  const m = /-(RCV|REJ|SCRAP)\d+$/.exec(tag)
  return m ? ({ RCV: "received", REJ: "rejected", SCRAP: "scrapped" } as const)[m[1] as "RCV" | "REJ" | "SCRAP"] : null
}

/** What every custody entry of a stage carries: the job, the stage and its standard, so reports never join. */
export type CustodyContext = Pick<NewEntry, "job_id" | "job_number" | "job_stage_id" | "stage_id" | "stage_name" | "department_id" | "loss_standard_pct">

export function custodyContext(job: any, jobStage: any, catalogStage: any): CustodyContext {
  return {
    job_id: job.id,
    job_number: job.number,
    job_stage_id: jobStage.id,
    stage_id: jobStage.stage_id,
    stage_name: jobStage.stage_name,
    department_id: jobStage.department_id ?? null,
    loss_standard_pct: catalogStage?.loss_standard_pct === null || catalogStage?.loss_standard_pct === undefined ? null : String(catalogStage.loss_standard_pct),
  }
}

export type MaterialDraft = {
  job_id: string
  job_stage_id: string | null
  kind: "issue" | "stone"
  stock_item_id: string
  tag_id: string
  product_id: string
  inventory_type_id: string
  inventory_kind: string
  weight: string
  weight_unit: string
  grams: string
  pieces: number
  cost: string
  intermediate: boolean
  source_bucket: "received" | "rejected" | "scrapped" | null
  metal: string | null
  fineness: string | null
  fine_grams: string
  holder_type: Holder["type"] | null
  holder_id: string | null
}

/**
 * Works out what each line takes from stock (all of an item, or an exact
 * part), its pro-rata cost and the ledger movements, and checks the rules:
 * the job is active, the stage is on the job, the item is available and, with
 * mapping enforced, of a type the stage takes. Writes nothing.
 */
export const prepareIssueStep = createStep(
  "prepare-production-issue",
  async (
    input: { job_id: string; job_stage_id?: string | null; lines: IssueLine[]; kind: "issue" | "stone"; actor_id?: string | null; holder?: HolderInput; location_ids?: string[] | null },
    { container }
  ) => {
    const service = production(container)
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const job = await retrieveActiveJob(service, input.job_id)
    const settings = await service.getSettings()
    let jobStage: any = null
    let catalogStage: any = null
    if (input.job_stage_id) {
      jobStage = await retrieveJobStage(service, job.id, input.job_stage_id)
      if (jobStage.status === "completed") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `job_stage_id: stage "${jobStage.stage_name}" is completed`)
      }
      ;[catalogStage] = await service.listProductionStages({ id: jobStage.stage_id }, { take: 1 })
    } else if (input.kind === "issue") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "job_stage_id: say which stage the stock goes into")
    }
    if (!input.lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "lines: pick at least one stock item")
    // Who takes the material: only material issued into a stage has a holder.
    const holder: Holder | null = jobStage ? await resolveHolder(container, { holder: input.holder, stage: jobStage, actor_id: input.actor_id }) : null
    if (!jobStage && input.holder) throw new MedusaError(MedusaError.Types.INVALID_DATA, "holder: only material issued into a stage has a holder; pick the stage")
    const ids = input.lines.map((l) => l.stock_item_id)
    if (new Set(ids).size !== ids.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "lines: an item is listed twice")
    const items = await stock.listStockItems({ id: ids }, { take: ids.length })
    const types = await service.listInventoryTypes({ id: [...new Set(items.map((i: any) => i.inventory_type_id))] }, { take: null as any })

    const moves: MovementInput[] = []
    const drafts: MaterialDraft[] = []
    input.lines.forEach((line, idx) => {
      const at = input.lines.length > 1 ? `lines[${idx}].` : ""
      // Stock outside the caller's locations does not exist for them (SPEC 7).
      const item: any = items.find((i: any) => i.id === line.stock_item_id && (!input.location_ids || input.location_ids.includes(i.location_id)))
      if (!item) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}stock_item_id: stock item "${line.stock_item_id}" does not exist`)
      if (item.status !== "available") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${at}stock_item_id: ${item.tag_id} is ${item.status}, not available`)
      }
      if (customerPieceUse(item, job) !== "ok") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${at}stock_item_id: ${item.tag_id} is a customer's piece; it goes only into its own repair job`)
      }
      // Source products narrow what is issued; stones are allocated from any stock.
      if (input.kind === "issue" && job.source_product_ids?.length && !job.source_product_ids.includes(item.product_id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}stock_item_id: ${item.tag_id} is not one of the job's source products`)
      }
      if (catalogStage) {
        const typeName = types.find((t: any) => t.id === item.inventory_type_id)?.name ?? "an unmapped type"
        assertInventoryMapping(settings, catalogStage, item, typeName)
      }
      const { weight, pieces, cost, unit } = amountToTake(item, line, at, input.kind === "stone" ? "allocate" : "issue")
      moves.push({
        stock_item_id: item.id,
        weight_delta: weight.negated().toFixed(),
        pieces_delta: -pieces,
        reason: input.kind === "stone" ? "allocation" : "issue",
        note: `${input.kind === "stone" ? "Allocated to" : "Issued to"} ${jobNumber(job)}${jobStage ? ` · ${jobStage.stage_name}` : ""}`,
        actor_id: input.actor_id ?? null,
        reference_type: "production_job",
        reference_id: job.id,
      })
      drafts.push({
        job_id: job.id,
        job_stage_id: jobStage?.id ?? null,
        kind: input.kind,
        stock_item_id: item.id,
        tag_id: item.tag_id,
        product_id: item.product_id,
        inventory_type_id: item.inventory_type_id,
        inventory_kind: item.inventory_kind,
        weight: formatDecimal(weight),
        weight_unit: unit,
        grams: ledgerGrams(weight, unit).toFixed(),
        pieces,
        cost: cost.decimalPlaces(4, BigNumber.ROUND_HALF_UP).toFixed(),
        // An output of this same job going on into a later stage is an intermediate (SPEC 4a).
        intermediate: !!item.job_id && item.job_id === job.id && outputBucketOfTag(item.tag_id) !== null,
        source_bucket: item.job_id === job.id ? outputBucketOfTag(item.tag_id) : null,
        metal: item.metal ?? null,
        fineness: item.fineness === null || item.fineness === undefined ? null : String(item.fineness),
        fine_grams: fineWeight(ledgerGrams(weight, unit), item.metal ? String(item.fineness) : null).toFixed(),
        holder_type: holder?.type ?? null,
        holder_id: holder?.id ?? null,
      })
    })
    return new StepResponse({
      moves,
      drafts,
      job_id: job.id,
      job_stage_id: jobStage?.id ?? null,
      custody: jobStage ? custodyContext(job, jobStage, catalogStage) : null,
    })
  }
)

/** Records what went into the job and marks the job and stage as started; undone by removing the records. */
export const createMaterialsStep = createStep(
  "create-production-job-materials",
  async (input: { drafts: MaterialDraft[]; movements: { id: string; stock_item_id: string }[]; job_id: string; job_stage_id: string | null }, { container }) => {
    const service = production(container)
    const job: any = (await service.listProductionJobs({ id: input.job_id }, { take: 1 }))[0]
    const stage: any = input.job_stage_id ? (await service.listProductionJobStages({ id: input.job_stage_id }, { take: 1 }))[0] : null
    const created = (await service.createProductionJobMaterials(
      input.drafts.map((d, i) => ({ ...d, movement_id: input.movements[i]?.id ?? null })) as any
    )) as unknown as any[]
    const undo = { material_ids: created.map((m) => m.id), job: null as any, stage: null as any }
    if (job.status === "open") {
      undo.job = { id: job.id, status: job.status }
      await service.updateProductionJobs({ id: job.id, status: "in_progress" } as any)
    }
    if (stage && stage.status === "pending") {
      undo.stage = { id: stage.id, status: stage.status, started_at: stage.started_at }
      await service.updateProductionJobStages({ id: stage.id, status: "in_progress", started_at: new Date() } as any)
    }
    return new StepResponse(created, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = production(container)
    if (undo.material_ids.length) await service.deleteProductionJobMaterials(undo.material_ids)
    if (undo.job) await service.updateProductionJobs(undo.job)
    if (undo.stage) await service.updateProductionJobStages(undo.stage)
  }
)

/** Items issued whole are marked issued; undone by making them available again. */
export const markConsumedItemsStep = createStep(
  "mark-consumed-stock-items",
  async (ids: string[], { container }) => {
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const items = await stock.listStockItems({ id: ids, status: "available", pieces: 0 }, { take: ids.length || 1 })
    const empty = items.filter((i: any) => toDecimal(String(i.weight)).isZero()).map((i: any) => i.id)
    if (empty.length) await stock.updateStockItems(empty.map((id) => ({ id, status: "issued" })) as any)
    return new StepResponse(empty, empty)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await (container.resolve(STOCK_MODULE) as StockModuleService).updateStockItems(ids.map((id) => ({ id, status: "available" })) as any)
  }
)

/** Removing a stone allocation credits the stone back to stock. Writes nothing itself. */
export const prepareDeallocationStep = createStep(
  "prepare-stone-deallocation",
  async (input: { job_id: string; material_id: string; actor_id?: string | null }, { container }) => {
    const service = production(container)
    const job = await retrieveActiveJob(service, input.job_id)
    const [m]: any[] = await service.listProductionJobMaterials({ id: input.material_id, job_id: job.id } as any, { take: 1 })
    if (!m || m.kind !== "stone") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stone allocation "${input.material_id}" was not found on this job`)
    }
    if (m.removed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `material_id: ${m.tag_id} was already given back`)
    // A stone given back by the one who held it at a stage leaves their hands.
    const custody: NewEntry[] = []
    if (m.holder_type && m.job_stage_id) {
      const stage = await retrieveJobStage(service, job.id, m.job_stage_id)
      const [catalogStage] = await service.listProductionStages({ id: stage.stage_id }, { take: 1 })
      custody.push({
        ...custodyContext(job, stage, catalogStage),
        holder_type: m.holder_type,
        holder_id: m.holder_id,
        entry_type: "return",
        bucket: "to_stock",
        metal: m.metal ?? null,
        fineness: m.fineness === null || m.fineness === undefined ? null : String(m.fineness),
        gross_grams: toDecimal(String(m.grams)).negated().toFixed(),
        stock_item_id: m.stock_item_id,
        tag_id: m.tag_id,
        material_id: m.id,
        actor_id: input.actor_id ?? null,
      })
    }
    const move: MovementInput = {
      stock_item_id: m.stock_item_id,
      weight_delta: String(m.weight),
      pieces_delta: m.pieces,
      reason: "deallocation",
      note: `Allocation removed from ${jobNumber(job)}`,
      actor_id: input.actor_id ?? null,
      reference_type: "production_job",
      reference_id: job.id,
    }
    return new StepResponse({ moves: [move], material: m, custody })
  }
)

export const markMaterialRemovedStep = createStep(
  "mark-production-material-removed",
  async (input: { material_id: string; stock_item_id: string; movement_id: string }, { container }) => {
    const service = production(container)
    await service.updateProductionJobMaterials({ id: input.material_id, removed_at: new Date(), return_movement_id: input.movement_id } as any)
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const [item]: any[] = await stock.listStockItems({ id: input.stock_item_id }, { take: 1 })
    const reopened = item?.status === "issued"
    if (reopened) await stock.updateStockItems({ id: item.id, status: "available" } as any)
    return new StepResponse(true, { material_id: input.material_id, reopened_item_id: reopened ? item.id : null })
  },
  async (undo, { container }) => {
    if (!undo) return
    await production(container).updateProductionJobMaterials({ id: undo.material_id, removed_at: null, return_movement_id: null } as any)
    if (undo.reopened_item_id) {
      await (container.resolve(STOCK_MODULE) as StockModuleService).updateStockItems({ id: undo.reopened_item_id, status: "issued" } as any)
    }
  }
)
