import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { STYLE_MODULE } from "../../modules/style"
import { PRODUCTION_MODULE } from "../../modules/production"
import { ACTIVE_JOB_STATUSES } from "../../modules/production/models/job"
import { createProductionJobWorkflow } from "./workflows"

const DAY = 86400000

/** Order quantities come back as numbers, numeric strings or Medusa BigNumbers. */
function toCount(v: any): number {
  if (typeof v === "number") return v
  if (typeof v === "string") return Number(v)
  if (v && typeof v === "object") return Number(v.numeric ?? v.value ?? v.toString())
  return NaN
}

/**
 * Opens a custom, style-driven job for every line of an order whose variant
 * is made to order. Runs once per line: a line that has a job is skipped, and
 * the unique index on the job's order line stops a second delivery of the
 * same event racing the first.
 */
export async function openMadeToOrderJobs(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "customer_id", "items.*"],
    filters: { id: orderId },
  })
  const order: any = orders[0]
  if (!order) return []
  const variantIds = [...new Set((order.items ?? []).map((i: any) => i.variant_id).filter(Boolean))] as string[]
  if (!variantIds.length) return []
  const styles: any[] = await (container.resolve(STYLE_MODULE) as any).listStyles({ variant_id: variantIds, made_to_order: true })
  if (!styles.length) return []
  const production: any = container.resolve(PRODUCTION_MODULE)
  const lines = (order.items ?? []).filter((i: any) => styles.some((s) => s.variant_id === i.variant_id))
  const existing = await production.listProductionJobs({ order_line_item_id: lines.map((l: any) => l.id) }, { select: ["order_line_item_id", "status"] })
  const opened: string[] = []
  for (const line of lines) {
    if (existing.some((j: any) => j.order_line_item_id === line.id && j.status !== "cancelled")) continue
    const style = styles.find((s) => s.variant_id === line.variant_id)
    try {
      const { result } = await createProductionJobWorkflow(container).run({
        input: {
          kind: "custom",
          mode: "style",
          style_id: style.id,
          quantity: toCount(line.quantity),
          title: `${line.title} for order #${order.display_id}`,
          order_id: order.id,
          order_line_item_id: line.id,
          variant_id: line.variant_id,
          product_id: line.product_id,
          customer_id: order.customer_id ?? null,
          target_date: new Date(Date.now() + (style.lead_time_days ?? 0) * DAY).toISOString(),
        },
      })
      opened.push(result.id)
    } catch (e: any) {
      // Another delivery of the same event opened it first.
      if (!/order_line|already exists|duplicate|unique/i.test(String(e?.message))) throw e
    }
  }
  return opened
}

/**
 * The storefront's estimate for a made-to-order variant: the style's lead
 * time plus the days the current queue needs at the workshop's daily capacity.
 */
export async function estimateShipDate(container: MedusaContainer, variantId: string, capacityPerDay: number, now = new Date()) {
  const [style]: any[] = await (container.resolve(STYLE_MODULE) as any).listStyles({ variant_id: variantId, made_to_order: true }, { take: 1 })
  if (!style) return null
  const production: any = container.resolve(PRODUCTION_MODULE)
  const [, queue] = await production.listAndCountProductionJobs({ status: [...ACTIVE_JOB_STATUSES] }, { select: ["id"], take: 1 })
  const queueDays = Math.ceil(queue / Math.max(1, capacityPerDay))
  const days = style.lead_time_days + queueDays
  return {
    variant_id: variantId,
    style_code: style.code,
    lead_time_days: style.lead_time_days,
    queue_jobs: queue,
    queue_days: queueDays,
    estimated_ship_date: new Date(now.getTime() + days * DAY).toISOString().slice(0, 10),
  }
}
