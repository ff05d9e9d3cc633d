/**
 * The demo's metal history (SPEC 4a–4c), so the job page's stage table,
 * Metal balances, Loss control and the refining and melt lots show
 * something on first run: bench staff and outside vendors, three finished
 * two- and three-stage jobs with realistic losses (one polished past its
 * standard, with the override reason), two jobs still holding metal, one
 * refining lot received and one still collecting, and one melt.
 * Called by seed-demo.ts through `medusa exec`.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  addJobStageWorkflow,
  closeOutJobWorkflow,
  completeJobStageWorkflow,
  completeMeltLotWorkflow,
  createMeltLotWorkflow,
  createProductionJobWorkflow,
  createRefiningLotWorkflow,
  createStockItemsWorkflow,
  issueStockToJobWorkflow,
  receiveJobOutputWorkflow,
  receiveRefiningLotWorkflow,
  sendRefiningLotWorkflow,
  updateJobStageWorkflow,
} from "../src/workflows"
import { PRODUCTION_MODULE } from "../src/modules/production"
import { PURCHASING_MODULE } from "../src/modules/purchasing"

type Ctx = {
  adminId: string
  location: { id: string }
  profileId: string
  grain: any
  mount: any
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86400000)

export async function seedMetalHistory(container: MedusaContainer, ctx: Ctx) {
  const production: any = container.resolve(PRODUCTION_MODULE)
  const purchasing: any = container.resolve(PURCHASING_MODULE)
  const users = container.resolve(Modules.USER)
  const actor = { actor_id: ctx.adminId, role: "admin" as const }

  // Bench staff who hold metal (they sign in once an admin invites them), and outside vendors.
  const [marco, priya] = await users.createUsers([
    { email: "marco.ruiz@jeweler.test", first_name: "Marco", last_name: "Ruiz" },
    { email: "priya.shah@jeweler.test", first_name: "Priya", last_name: "Shah" },
  ])
  const departments: any[] = await production.listProductionDepartments({}, { take: 100 })
  const dept = (name: string) => departments.find((d) => d.name === name)?.id
  await production.createStaffProfiles([
    { user_id: ctx.adminId, role: "admin", location_ids: [ctx.location.id] },
    { user_id: marco.id, role: "member", department_ids: [dept("Final Polish")].filter(Boolean), location_ids: [ctx.location.id] },
    { user_id: priya.id, role: "member", department_ids: [dept("Stone Setting")].filter(Boolean), location_ids: [ctx.location.id] },
  ])
  const [caster, refiner] = await purchasing.createSuppliers([
    { name: "Lost-Wax Casting Co.", contact_name: "Rosa Almeida", email: "bench@lostwax.example", currency_code: "usd", payment_terms: "Net 15", notes: "Outside caster: metal out by weight, castings back with sprues. Monthly metal reconciliation." },
    { name: "Metalor Refining", contact_name: "Ken Ito", email: "lots@metalor.example", currency_code: "usd", payment_terms: "Settled in fine metal", notes: "Refines sweeps, polishing dust and scrap; returns 999.9 gold." },
  ])

  // Metal on the shelf: 14K grain, old gold bought in, and the refiner's fine gold product.
  const { result: [fineGold] } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Fine Gold Granules 999.9",
          handle: "fine-gold-granules",
          status: "published" as any,
          metadata: { short_name: "FAU" },
          description: "Refined fine gold, for alloying.",
          shipping_profile_id: ctx.profileId,
          options: [{ title: "Form", values: ["Granules"] }],
          variants: [{ title: "Granules", sku: "AU-9999-GRAN", manage_inventory: false, options: { Form: "Granules" }, prices: [{ currency_code: "usd", amount: 95 }] }],
        },
      ],
    },
  })
  const types: any[] = await production.listInventoryTypes({}, { take: 100 })
  const typeId = (name: string) => types.find((t) => t.name === name)!.id
  const { result: metal } = await createStockItemsWorkflow(container).run({
    input: {
      items: [
        { product_id: ctx.grain.id, inventory_type_id: typeId("Precious Metals"), color: "Yellow", purity: "14K", weight: "250", weight_unit: "g", pieces: 1, location_id: ctx.location.id, rack: "Casting room", bin: "Jar 3", cost_basis: "12150", currency_code: "usd" },
        { product_id: ctx.grain.id, inventory_type_id: typeId("Precious Metals"), color: "Yellow", purity: "14K", weight: "18.6", weight_unit: "g", pieces: 6, location_id: ctx.location.id, rack: "Safe B", bin: "Old gold", cost_basis: "690", currency_code: "usd", notes: "Old gold bought over the counter: six worn rings" },
      ],
      actor_id: ctx.adminId,
      reason: "initial",
    },
  })
  const [grainLot, oldGold] = metal

  const stage = async (name: string) => (await production.listProductionStages({ name, archived_at: null }, { take: 1 }))[0]
  const [casting, polish, setting] = [await stage("Metal Casting"), await stage("Final Polish"), await stage("Stone Setting")]
  const rings = typeId("Rings")

  type Step = { issue?: string; receive: { received: string; scrapped?: string; waste?: string }; override?: string }
  /** A job through its stages: casting at the caster, then the bench; each stage issued, received and completed. */
  const runJob = async (title: string, size: string, flow: { stage: any; vendor?: any; holder?: any; step?: Step }[], opts: { close?: boolean; completedDaysAgo?: number } = {}) => {
    const variant = ctx.mount.variants.find((v: any) => v.title.endsWith(size))
    const { result: job } = await createProductionJobWorkflow(container).run({
      input: { kind: "production", mode: "simple", title, product_id: ctx.mount.id, variant_id: variant.id, start_stage_id: flow[0].stage.id, weight_unit: "g", requested_shape: "Solitaire", requested_size: size, created_by: ctx.adminId } as any,
    })
    const jobStages: any[] = await production.listProductionJobStages({ job_id: job.id }, { take: 10 })
    const ids: string[] = [jobStages[0].id]
    await updateJobStageWorkflow(container).run({
      input: { job_id: job.id, job_stage_id: ids[0], ...(flow[0].vendor ? { vendor_type: "outside", vendor_supplier_id: flow[0].vendor.id, cost: "38" } : { assignee_user_id: flow[0].holder.id }) },
    })
    for (const f of flow.slice(1)) {
      const { result } = await addJobStageWorkflow(container).run({
        input: { job_id: job.id, stage_id: f.stage.id, ...(f.vendor ? { vendor_type: "outside", vendor_supplier_id: f.vendor.id } : { assignee_user_id: f.holder.id }), cost: "25" },
      })
      ids.push((result as any).id)
    }
    let carry: string | null = null
    for (const [i, f] of flow.entries()) {
      if (!f.step) break
      const line = i === 0 ? { stock_item_id: grainLot.id, weight: f.step.issue!, weight_unit: "g" } : { stock_item_id: carry!, full: true }
      await issueStockToJobWorkflow(container).run({ input: { job_id: job.id, job_stage_id: ids[i], lines: [line], actor_id: ctx.adminId } })
      if (!f.step.receive) continue
      const { result } = await receiveJobOutputWorkflow(container).run({
        input: {
          job_id: job.id,
          job_stage_id: ids[i],
          received_weight: f.step.receive.received,
          received_pieces: 1,
          ...(f.step.receive.scrapped ? { scrapped_weight: f.step.receive.scrapped } : {}),
          ...(f.step.receive.waste ? { waste_weight: f.step.receive.waste } : {}),
          actor_id: ctx.adminId,
        },
      })
      carry = (result as any).items.find((it: any) => /-RCV\d+$/.test(it.tag_id)).id
      await completeJobStageWorkflow(container).run({ input: { job_id: job.id, job_stage_id: ids[i], loss_override_reason: f.step.override ?? null, ...actor } })
    }
    if (opts.close) await closeOutJobWorkflow(container).run({ input: { job_id: job.id, location_id: ctx.location.id, inventory_type_id: rings, ...actor } })
    // Spread the finished work over the last weeks so Loss control shows a history.
    if (opts.completedDaysAgo !== undefined) {
      const done: any[] = await production.listProductionJobStages({ job_id: job.id, status: "completed" }, { order: { rank: "ASC" }, take: 10 })
      await production.updateProductionJobStages(done.map((s, i) => ({ id: s.id, completed_at: daysAgo(opts.completedDaysAgo! - i * 2) })))
    }
    const receipts: any[] = await production.listProductionJobReceipts({ job_id: job.id }, { order: { created_at: "ASC" }, take: 10 })
    return { job, stageIds: ids, receipts }
  }

  const A = await runJob("14K solitaire mount, size 7", "7", [
    { stage: casting, vendor: caster, step: { issue: "8.0", receive: { received: "6.92", scrapped: "0.95", waste: "0.13" } } },
    { stage: polish, holder: marco, step: { receive: { received: "6.86", waste: "0.06" } } },
  ], { close: true, completedDaysAgo: 62 })
  const B = await runJob("14K solitaire mount, size 6", "6", [
    { stage: casting, vendor: caster, step: { issue: "8.2", receive: { received: "7.07", scrapped: "0.99", waste: "0.14" } } },
    { stage: polish, holder: marco, step: { receive: { received: "6.93", waste: "0.12" }, override: "Porosity in the shank: polished out twice" } },
  ], { close: true, completedDaysAgo: 37 })
  const C = await runJob("14K solitaire mount, size 7, pavé shoulders", "7", [
    { stage: casting, vendor: caster, step: { issue: "10.0", receive: { received: "8.72", scrapped: "1.10", waste: "0.18" } } },
    { stage: polish, holder: marco, step: { receive: { received: "8.64", waste: "0.08" } } },
    { stage: setting, holder: priya, step: { receive: { received: "8.62", waste: "0.02" } } },
  ], { close: true, completedDaysAgo: 14 })
  // Still at the bench: Marco holds a polished-down casting; the caster holds a batch's metal.
  await runJob("14K signet blank, size 6", "6", [
    { stage: casting, vendor: caster, step: { issue: "8.5", receive: { received: "7.38", scrapped: "0.99", waste: "0.13" } } },
    { stage: polish, holder: marco, step: { receive: undefined as any } },
  ])
  await runJob("14K solitaire mounts for the showcase", "7", [{ stage: casting, vendor: caster, step: { issue: "12.0", receive: undefined as any } }])

  // Recovery: last month's lot came back from the refiner; this month's is still being collected.
  const scrapOf = async (jobId: string) => (await (container.resolve("jewelryStock") as any).listStockItems({ job_id: jobId }, { take: 20 })).find((i: any) => /-SCRAP\d+$/.test(i.tag_id))
  const { result: lot1 } = await createRefiningLotWorkflow(container).run({
    input: {
      metal: "gold",
      supplier_id: refiner.id,
      notes: "October: casting room waste and floor sweeps",
      sources: [
        { kind: "waste", receipt_id: A.receipts[0].id },
        { kind: "waste", receipt_id: B.receipts[0].id },
        { kind: "sweeps", description: "Casting room floor sweeps, October", weight: "85", weight_unit: "g", est_fineness: "35", department_id: dept("Casting") ?? null },
      ],
      actor_id: ctx.adminId,
      location_ids: null,
    },
  })
  await sendRefiningLotWorkflow(container).run({ input: { id: (lot1 as any).id, supplier_id: refiner.id } })
  await receiveRefiningLotWorkflow(container).run({
    input: {
      id: (lot1 as any).id,
      location_id: ctx.location.id,
      outputs: [{ product_id: fineGold.id, purity: "999.9 gold", weight: "2.96", weight_unit: "g", notes: "Metalor settlement #4471" }],
      charges: "42",
      currency_code: "usd",
      actor_id: ctx.adminId,
      location_ids: null,
    },
  })
  const scrapA = await scrapOf(A.job.id)
  await createRefiningLotWorkflow(container).run({
    input: {
      metal: "gold",
      supplier_id: refiner.id,
      notes: "November: polishing dust, bench waste and a sprue",
      sources: [
        { kind: "waste", receipt_id: C.receipts[0].id },
        { kind: "waste", receipt_id: B.receipts[1].id },
        { kind: "sweeps", description: "Polishing motor dust bag", weight: "40", weight_unit: "g", est_fineness: "20", department_id: dept("Final Polish") ?? null },
        ...(scrapA ? [{ kind: "scrap_item" as const, stock_item_id: scrapA.id, full: true }] : []),
      ],
      actor_id: ctx.adminId,
      location_ids: null,
    },
  })

  // A melt: two sprues and the old gold, back into 14K grain.
  const [scrapB, scrapC] = [await scrapOf(B.job.id), await scrapOf(C.job.id)]
  const { result: melt } = await createMeltLotWorkflow(container).run({
    input: {
      metal: "gold",
      purity: "14K",
      product_id: ctx.grain.id,
      location_id: ctx.location.id,
      inputs: [scrapB, scrapC].filter(Boolean).map((s: any) => ({ stock_item_id: s.id, full: true })).concat([{ stock_item_id: oldGold.id, full: true }]),
      notes: "Sprues and old gold recast to grain",
      actor_id: ctx.adminId,
      location_ids: null,
    },
  })
  await completeMeltLotWorkflow(container).run({ input: { id: (melt as any).id, output_weight: "20.45", weight_unit: "g", actor_id: ctx.adminId } })
  return { marco, priya }
}
