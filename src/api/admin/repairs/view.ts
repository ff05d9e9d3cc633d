import BigNumber from "bignumber.js"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { STOCK_MODULE } from "../../../modules/stock"
import { weightChange } from "../../../lib/job-kinds"
import { formatDecimal, fromGrams, WeightUnit } from "../../../lib/units"
import { currentStage, jobNumber } from "../../utils/job-view"

const dec = (v: unknown, places = 8) => (v === null || v === undefined ? null : formatDecimal(String(v), places))

/** A repair as the admin shows it: the customer, the piece and where it is, the job's stage, the weights in and out, the estimate and the charge. */
export async function repairView(scope: any, id: string) {
  const service: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const [ticket]: any[] = await service.listRepairTickets({ id } as any, { take: 1 })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair with id "${id}" was not found`)
  return (await repairViews(scope, [ticket]))[0]
}

export async function repairViews(scope: any, tickets: any[]) {
  if (!tickets.length) return []
  const service: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const jobIds = tickets.map((t) => t.job_id)
  const [jobs, stages, items, customers]: any[][] = await Promise.all([
    service.listProductionJobs({ id: jobIds }, { take: jobIds.length }),
    service.listProductionJobStages({ job_id: jobIds } as any, { take: null as any }),
    scope.resolve(STOCK_MODULE).listStockItems({ id: tickets.map((t) => t.stock_item_id) }, { take: tickets.length, withDeleted: true }),
    scope.resolve(Modules.CUSTOMER).listCustomers({ id: [...new Set(tickets.map((t) => t.customer_id))] }, { take: tickets.length }),
  ])
  return tickets.map((t) => {
    const job = jobs.find((j) => j.id === t.job_id)
    const item = items.find((i) => i.id === t.stock_item_id)
    const customer = customers.find((c) => c.id === t.customer_id)
    const cur = currentStage(stages.filter((s) => s.job_id === t.job_id))
    const unit = t.weight_unit as WeightUnit
    const out: Record<string, any> = {}
    for (const [k, v] of Object.entries(t)) if (!k.startsWith("raw_")) out[k] = v
    return {
      ...out,
      take_in_weight: dec(t.take_in_weight),
      out_weight: dec(t.out_weight),
      estimate_amount: t.estimate_amount === null || t.estimate_amount === undefined ? null : new BigNumber(String(t.estimate_amount)).toFixed(2),
      weight_change: t.out_grams === null ? null : { ...weightChange(String(t.take_in_grams), String(t.out_grams)), unit, in_unit: formatDecimal(fromGrams(String(t.out_grams), unit).minus(String(t.take_in_weight)), 4) },
      customer: customer ? { id: customer.id, name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email, email: customer.email } : null,
      item: item ? { id: item.id, tag_id: item.tag_id, location_id: item.location_id, status: item.status, weight: dec(item.weight), weight_unit: item.weight_unit } : null,
      job: job ? { id: job.id, display_number: jobNumber(job), status: job.status, current_stage: job.status === "closed" ? null : cur?.stage_name ?? null, target_date: job.target_date } : null,
    }
  })
}
