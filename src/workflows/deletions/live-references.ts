import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../modules/stock"
import type StockModuleService from "../../modules/stock/service"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"
import {
  DeletionTarget,
  deletionRefusal,
  LiveReferences,
  LIVE_STOCK_STATUSES,
  OPEN_REPAIR_STATUSES,
  UNFINISHED_JOB_STATUSES,
} from "../../lib/deletion-rules"

import { jobNumber } from "../jobs/steps/common"

const EXAMPLES = 6

/**
 * What live in the workshop points at the given Medusa records: items the
 * shop still holds (or a customer's pieces in custody), unfinished jobs and
 * open repairs (lib/deletion-rules).
 */
export async function findLiveReferences(container: any, target: DeletionTarget, ids: string[]): Promise<LiveReferences> {
  if (!ids.length) return { stock_items: 0, jobs: 0 }
  const stock: StockModuleService = container.resolve(STOCK_MODULE)
  const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
  const live = { status: [...LIVE_STOCK_STATUSES] as any }
  const unfinished = { status: [...UNFINISHED_JOB_STATUSES] as any }
  const take = { take: EXAMPLES, select: ["id", "tag_id"] as any }
  const jobTake = { take: EXAMPLES, select: ["id", "number"] as any }
  let items: [any[], number] = [[], 0]
  let jobs: [any[], number] = [[], 0]
  let repairs = 0
  switch (target) {
    case "product":
      items = await stock.listAndCountStockItems({ ...live, product_id: ids }, take)
      jobs = await production.listAndCountProductionJobs({ ...unfinished, product_id: ids }, jobTake)
      break
    case "variant":
      items = await stock.listAndCountStockItems({ ...live, variant_id: ids }, take)
      jobs = await production.listAndCountProductionJobs({ ...unfinished, variant_id: ids }, jobTake)
      break
    case "stock_location":
      items = await stock.listAndCountStockItems({ ...live, location_id: ids }, take)
      jobs = await production.listAndCountProductionJobs({ ...unfinished, close_out_location_id: ids }, jobTake)
      break
    case "customer":
      items = await stock.listAndCountStockItems({ ...live, ownership: "customer", customer_id: ids } as any, take)
      repairs = (await production.listAndCountRepairTickets({ customer_id: ids, status: [...OPEN_REPAIR_STATUSES] as any }, { take: 1, select: ["id"] }))[1]
      break
  }
  return {
    stock_items: items[1],
    jobs: jobs[1],
    repairs,
    examples: [...items[0].map((i) => i.tag_id ?? i.id), ...jobs[0].map((j) => jobNumber(j))],
  }
}

/** Throws when live workshop records depend on what Medusa is about to delete. */
export async function assertDeletable(container: any, target: DeletionTarget, ids: string[], type = MedusaError.Types.NOT_ALLOWED) {
  const refusal = deletionRefusal(target, await findLiveReferences(container, target, ids))
  if (refusal) throw new MedusaError(type, refusal)
}

/** The variants of products (deleted ones included), for a product deletion's style links. */
export async function variantIdsOfProducts(container: any, productIds: string[]): Promise<string[]> {
  if (!productIds.length) return []
  const variants = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ product_id: productIds }, { select: ["id"], withDeleted: true, take: null })
  return variants.map((v: any) => v.id)
}
