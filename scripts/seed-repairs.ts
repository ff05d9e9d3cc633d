/**
 * The demo's repairs and set stones (seed 003), so those screens show
 * something on first run: one customer's ring repaired and ready for
 * pickup, another's necklace waiting for the estimate's approval, and a
 * diamond set into a finished mount with SetStones.
 * Called by seed-demo.ts through `medusa exec`.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  approveRepairWorkflow,
  closeOutJobWorkflow,
  completeJobStageWorkflow,
  estimateRepairWorkflow,
  issueStockToJobWorkflow,
  receiveJobOutputWorkflow,
  setStonesWorkflow,
  takeInRepairWorkflow,
  updateJobStageWorkflow,
} from "../src/workflows"
import { PRODUCTION_MODULE } from "../src/modules/production"
import { STOCK_MODULE } from "../src/modules/stock"

type Ctx = { adminId: string; location: { id: string }; customers: { id: string; email: string }[]; bench: string; diamondProductId: string }

export async function seedRepairs(container: MedusaContainer, ctx: Ctx) {
  const production: any = container.resolve(PRODUCTION_MODULE)
  const stock: any = container.resolve(STOCK_MODULE)
  const stage = async (name: string) => (await production.listProductionStages({ name, archived_at: null }, { take: 1 }))[0]
  const [mei, jordan] = ctx.customers
  const inAWeek = new Date(Date.now() + 7 * 86400000).toISOString()

  // Mei's ring: resized and retipped at the bench, ready for her to pick up.
  const { result: ring } = await takeInRepairWorkflow(container).run({
    input: {
      customer_id: mei.id,
      description: "Resize from 6 to 7 and retip two prongs",
      condition_notes: "Shank worn thin at the back; north and east prongs worn",
      declared_metal: "14K",
      declared_stones: "One round diamond, about 0.50 ct",
      take_in_weight: "5.20",
      weight_unit: "g",
      location_id: ctx.location.id,
      promised_date: inAWeek,
      estimate_amount: "85.00",
      currency_code: "usd",
      start_stage_id: (await stage("Assembly & Solder")).id,
      actor_id: ctx.adminId,
      location_ids: null,
    },
  })
  const r = ring as any
  await approveRepairWorkflow(container).run({ input: { id: r.repair.id, approved_by_name: "Mei Chen" } })
  const [jobStage]: any[] = await production.listProductionJobStages({ job_id: r.job.id }, { take: 1 })
  await updateJobStageWorkflow(container).run({ input: { job_id: r.job.id, job_stage_id: jobStage.id, assignee_user_id: ctx.bench, cost: "30" } })
  await issueStockToJobWorkflow(container).run({ input: { job_id: r.job.id, job_stage_id: jobStage.id, lines: [{ stock_item_id: r.item.id, full: true }], actor_id: ctx.adminId } })
  await receiveJobOutputWorkflow(container).run({ input: { job_id: r.job.id, job_stage_id: jobStage.id, received_weight: "5.35", received_pieces: 1, actor_id: ctx.adminId } })
  await completeJobStageWorkflow(container).run({ input: { job_id: r.job.id, job_stage_id: jobStage.id, actor_id: ctx.adminId, role: "admin" } })
  await closeOutJobWorkflow(container).run({ input: { job_id: r.job.id, location_id: ctx.location.id, actor_id: ctx.adminId, role: "admin" } })

  // Jordan's necklace: estimated, waiting for the customer's approval.
  const { result: necklace } = await takeInRepairWorkflow(container).run({
    input: {
      customer_id: jordan.id,
      description: "Restring the pearl strand with knots, new 14K clasp",
      condition_notes: "Silk stretched; clasp spring weak",
      declared_metal: "14K",
      declared_stones: "45 akoya pearls, 7 mm",
      take_in_weight: "38.6",
      weight_unit: "g",
      location_id: ctx.location.id,
      promised_date: new Date(Date.now() + 10 * 86400000).toISOString(),
      actor_id: ctx.adminId,
      location_ids: null,
    },
  })
  await estimateRepairWorkflow(container).run({ input: { id: (necklace as any).repair.id, estimate_amount: "120.00", currency_code: "usd", estimate_notes: "Knotted silk, new clasp" } })

  // A half-carat diamond set into a finished mount with SetStones: no bench labour to track.
  const mounts: any[] = await stock.listStockItems({ inventory_kind: "finished", status: "available", ownership: "shop" }, { order: { created_at: "DESC" }, take: 10 })
  const mount = mounts.find((m) => m.job_id)
  const [diamond]: any[] = await stock.listStockItems({ product_id: ctx.diamondProductId, status: "available", quality: "VS2" }, { take: 1 })
  if (mount && diamond) {
    await setStonesWorkflow(container).run({ input: { item_id: mount.id, stones: [{ stock_item_id: diamond.id, full: true }], actor_id: ctx.adminId, location_ids: null } })
  }
}
