import BigNumber from "bignumber.js"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import type { MovementInput, NewStockItem } from "../../../modules/stock/service"
import { ACTIVE_JOB_STATUSES } from "../../../modules/production/models/job"
import { toleranceCheck } from "../../../lib/production-metrics"
import { productShortName, tagStem } from "../../../lib/tags"
import { formatDecimal, fromGrams, toDecimal, WeightUnit } from "../../../lib/units"
import type { Role } from "../../../lib/roles"
import { jobNumber, production, retrieveJob } from "./common"
import { closeOutKind, makesNewItems } from "../../../lib/job-kinds"
import { completionSnapshot, lossGate, stageAsCompleted, toleranceGate } from "./stages-qa"
import { lossStandardCheck } from "../../../lib/job-figures"

export type CloseOutInput = {
  job_id: string
  location_id: string
  inventory_type_id?: string
  override_reason?: string | null
  actor_id?: string | null
  role: Role
  /** The caller's locations (null: all). */
  location_ids?: string[] | null
}

/**
 * Claims the job for close-out: it moves from an active status to
 * "closing" once. A second call, or one at the same moment, is refused with
 * 409 and creates nothing. Undone by putting the status back.
 */
export const claimCloseOutStep = createStep(
  "claim-production-job-close-out",
  async (input: { job_id: string }, { container }) => {
    const service = production(container)
    const job = await retrieveJob(service, input.job_id)
    const claim = await service.claimJobStatus(job.id, [...ACTIVE_JOB_STATUSES], "closing")
    if (!claim) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `status: job ${jobNumber(job)} is ${job.status === "closing" ? "being closed out right now" : job.status}; it is closed out only once`
      )
    }
    return new StepResponse(claim, claim)
  },
  async (claim, { container }) => {
    if (!claim) return
    await production(container).updateProductionJobs({ id: claim.id, status: claim.previous } as any)
  }
)

/**
 * Checks QA and tolerance, and works out the close-out: the job's received
 * in-process output is consumed, and N finished items are made from it
 * carrying cost basis total ÷ N. Writes nothing.
 */
export const prepareCloseOutStep = createStep("prepare-production-close-out", async (input: CloseOutInput, { container }) => {
  const service = production(container)
  const stock: StockModuleService = container.resolve(STOCK_MODULE)
  const job = await retrieveJob(service, input.job_id)
  const settings = await service.getSettings()

  if (settings.qa_checks_required) {
    const [latest]: any[] = await service.listProductionQaChecks({ job_id: job.id } as any, { order: { created_at: "DESC" }, take: 1 })
    if (!latest || latest.result !== "pass") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `qa: QA checks are required; record a passing QA check before completing ${jobNumber(job)}${latest ? " (the last one failed)" : ""}`
      )
    }
  }
  const figures = (await service.jobFigures([job.id])).get(job.id)!
  const check = toleranceCheck({ ...figures.gross, issued: figures.gross.input }, settings.weight_tolerance_percent as any)
  const { override_reason } = toleranceGate(check, { reason: input.override_reason, role: input.role }, jobNumber(job))
  const grams = (await service.jobCosts([job.id])).get(job.id)!

  // Stages still open complete with the job: each is held to its loss standard, the close-out's reason overriding.
  const openStages: any[] = await service.listProductionJobStages({ job_id: job.id, status: ["pending", "in_progress"] } as any, { take: null as any })
  const catalog: any[] = openStages.length ? await service.listProductionStages({ id: openStages.map((s) => s.stage_id) }, { take: null as any }) : []
  const stageSnapshots: Record<string, unknown>[] = []
  for (const st of openStages) {
    const f = await stageAsCompleted(service, job.id, st.id)
    const standard = catalog.find((c) => c.id === st.stage_id)?.loss_standard_pct ?? null
    const { override_reason: lossReason } = lossGate(
      lossStandardCheck(f, standard === null ? null : String(standard)),
      { reason: input.override_reason, role: input.role },
      st.stage_name,
      job.weight_unit
    )
    stageSnapshots.push({
      id: st.id,
      ...completionSnapshot(f, standard),
      loss_override_reason: lossReason,
      loss_override_by: lossReason ? input.actor_id ?? null : null,
    })
  }

  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: [input.location_id] })
  if (!location) throw new MedusaError(MedusaError.Types.INVALID_DATA, `location_id: stock location "${input.location_id}" does not exist`)
  if (input.location_ids && !input.location_ids.includes(location.id)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `location_id: stock location "${input.location_id}" is not one of yours`)
  }
  const repairItem: any = job.repair_item_id ? (await stock.listStockItems({ id: job.repair_item_id }, { take: 1 }))[0] ?? null : null
  const kind = closeOutKind(job, repairItem)
  if (kind === "customer_repair") {
    const [ticket]: any[] = await service.listRepairTickets({ job_id: job.id } as any, { take: 1 })
    if (ticket && ticket.status !== "approved") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: the customer has not approved the estimate for ${jobNumber(job)} yet (repair is ${ticket.status})`)
    }
  }

  // The job's own received output still in stock becomes the finished pieces, or goes back into the repaired piece.
  const outputs: any[] = await stock.listStockItems({ job_id: job.id, status: "available", inventory_kind: "in_process" }, { take: null as any })
  const received = outputs.filter((o) => /-RCV\d+$/.test(o.tag_id))
  // The finished pieces are of the purity of what they are made from, when it is one.
  const purities = new Map(received.filter((o) => o.metal).map((o) => [`${o.metal}:${toDecimal(String(o.fineness)).toFixed()}`, o]))
  const purity = purities.size === 1 && received.every((o) => o.metal) ? [...purities.values()][0] : null
  const moves: MovementInput[] = received.map((o) => ({
    stock_item_id: o.id,
    weight_delta: toDecimal(String(o.weight)).negated().toFixed(),
    pieces_delta: -o.pieces,
    reason: "close_out",
    note: `Finished by ${jobNumber(job)}`,
    actor_id: input.actor_id ?? null,
    reference_type: "production_job",
    reference_id: job.id,
  }))
  const unit = job.weight_unit as WeightUnit
  const totalGrams = received.reduce((n, o) => n.plus(String(o.weight_grams)), new BigNumber(0))
  const cost = new BigNumber(grams.stage_cost).plus(grams.material_cost).plus(grams.stone_cost)
  const base = {
    kind,
    stage_snapshots: stageSnapshots,
    finalize: {
      id: job.id,
      close_out_location_id: location.id,
      tolerance_override_reason: override_reason,
      tolerance_override_by: override_reason ? input.actor_id ?? null : null,
    },
    cost_total: cost.toFixed(4),
    consumed_item_ids: received.map((o) => o.id),
    line: kind === "custom_for_line" ? { order_id: job.order_id as string, line_item_id: job.order_line_item_id as string } : null,
  }

  if (!makesNewItems(kind)) {
    // A repair gives the same piece back: what came out of the last stage goes into it, at the close-out location.
    if (!repairItem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `repair_item_id: the piece ${jobNumber(job)} repairs no longer exists`)
    if (!totalGrams.isZero() || received.length) {
      moves.push({
        stock_item_id: repairItem.id,
        weight_delta: totalGrams.toFixed(),
        weight_unit: "g",
        pieces_delta: received.reduce((n, o) => n + Number(o.pieces), 0),
        reason: "repair_return",
        note: `Back from ${jobNumber(job)}`,
        actor_id: input.actor_id ?? null,
        reference_type: "production_job",
        reference_id: job.id,
        to_location_id: location.id,
      })
    }
    // The stock piece carries the repair's cost; its own cost, issued into the job, is not added to itself again.
    const ownCost: any[] = await service.listProductionJobMaterials({ job_id: job.id, stock_item_id: repairItem.id, removed_at: null } as any, { take: null as any })
    const added = cost.minus(ownCost.reduce((n, m) => n.plus(String(m.cost)), new BigNumber(0)))
    const data: Record<string, unknown> = { status: "available" }
    if (kind === "stock_repair") data.cost_basis = new BigNumber(String(repairItem.cost_basis ?? 0)).plus(added).decimalPlaces(4, BigNumber.ROUND_HALF_UP).toFixed()
    return new StepResponse({ ...base, moves, items: [] as NewStockItem[], item_updates: [{ id: repairItem.id, data }], cost_each: added.toFixed(4) })
  }

  if (!job.product_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_id: ${jobNumber(job)} needs a product to create stock`)
  const [product] = await container.resolve(Modules.PRODUCT).listProducts({ id: [job.product_id] }, { take: 1 })
  const types = await service.listInventoryTypes({}, { order: { rank: "ASC" }, take: null as any })
  const typeId = input.inventory_type_id ?? types.find((t: any) => t.kind === "finished")?.id
  const type: any = types.find((t: any) => t.id === typeId)
  if (!type) throw new MedusaError(MedusaError.Types.INVALID_DATA, `inventory_type_id: unknown inventory type "${typeId ?? ""}"`)
  const total = fromGrams(totalGrams, unit)
  const n = job.quantity
  const each = total.div(n).decimalPlaces(8, BigNumber.ROUND_DOWN)
  const costEach = cost.div(n).decimalPlaces(4, BigNumber.ROUND_HALF_UP)
  const stem = tagStem(settings.tag_prefix, productShortName(product))
  const items: NewStockItem[] = Array.from({ length: n }, (_, i) => ({
    tag_stem: stem,
    product_id: job.product_id,
    variant_id: job.variant_id ?? null,
    inventory_kind: "finished",
    inventory_type_id: type.id,
    shape: job.requested_shape ?? null,
    size: job.requested_size ?? null,
    color: null,
    quality: null,
    metal: purity?.metal ?? null,
    fineness: purity ? toDecimal(String(purity.fineness)).toFixed() : null,
    // The last piece takes the rounding remainder so the weights add up exactly.
    weight: formatDecimal(i === n - 1 ? total.minus(each.times(n - 1)) : each),
    weight_unit: unit,
    pieces: 1,
    location_id: location.id,
    // A custom piece without an order line is the customer's order: held for them.
    status: kind === "custom" ? "reserved" : "available",
    cost_basis: costEach.toFixed(),
    job_id: job.id,
    notes: `Made by ${jobNumber(job)}: ${job.title}`,
  }))
  return new StepResponse({ ...base, moves, items, item_updates: [] as { id: string; data: Record<string, unknown> }[], cost_each: costEach.toFixed() })
})

export const finalizeCloseOutStep = createStep(
  "finalize-production-job-close-out",
  async (
    input: {
      id: string
      close_out_location_id: string
      tolerance_override_reason: string | null
      tolerance_override_by: string | null
      consumed_item_ids: string[]
      stage_snapshots: Record<string, any>[]
    },
    { container }
  ) => {
    const service = production(container)
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const stages = await service.listProductionJobStages({ job_id: input.id, status: ["pending", "in_progress"] } as any, { take: null as any })
    const now = new Date()
    if (stages.length) {
      await service.updateProductionJobStages(
        stages.map((s: any) => ({
          id: s.id,
          status: "completed",
          completed_at: now,
          started_at: s.started_at ?? now,
          ...(input.stage_snapshots.find((x) => x.id === s.id) ?? {}),
        })) as any
      )
    }
    if (input.consumed_item_ids.length) {
      await stock.updateStockItems(input.consumed_item_ids.map((id) => ({ id, status: "issued" })) as any)
    }
    const { consumed_item_ids, stage_snapshots, ...rest } = input
    const [before]: any[] = await service.listProductionJobs({ id: input.id }, { take: 1 })
    const jobBefore = {
      id: input.id,
      closed_at: before.closed_at,
      close_out_location_id: before.close_out_location_id,
      tolerance_override_reason: before.tolerance_override_reason,
      tolerance_override_by: before.tolerance_override_by,
    }
    const job = await service.updateProductionJobs({ ...rest, status: "closed", closed_at: now } as any)
    const restore = stages.map((s: any) => ({
      id: s.id,
      status: s.status,
      completed_at: s.completed_at,
      loss_standard_pct: null,
      issued_grams: null,
      loss_grams: null,
      loss_pct: null,
      loss_override_reason: null,
      loss_override_by: null,
    }))
    return new StepResponse({ job, completed_stage_ids: stages.map((s: any) => s.id as string) }, { stages: restore, consumed_item_ids, job: jobBefore })
  },
  async (undo, { container }) => {
    if (!undo) return
    // The claim step puts the status back; this puts back what close-out stamped on the job.
    if (undo.job) await production(container).updateProductionJobs(undo.job as any)
    if (undo.stages.length) await production(container).updateProductionJobStages(undo.stages as any)
    if (undo.consumed_item_ids.length) {
      await (container.resolve(STOCK_MODULE) as StockModuleService).updateStockItems(undo.consumed_item_ids.map((id: string) => ({ id, status: "available" })) as any)
    }
  }
)
