import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { JEWELRY_ORDERS_MODULE } from "../../modules/jewelry-orders"
import type JewelryOrdersModuleService from "../../modules/jewelry-orders/service"
import { PRODUCTION_MODULE } from "../../modules/production"
import { specFromOptions } from "../../lib/line-fit"
import type { OrderLineFacts } from "../../types/jewelry-orders"
import {
  countLineStatuses,
  deriveFulfillmentStatus,
  deriveLineStatus,
  jobState,
  LineStatus,
  ManualLineStatus,
  TrackingStatus,
} from "../../lib/order-status"

/** Medusa quantities come back as numbers, numeric strings or BigNumbers. */
export function qty(v: any): number {
  if (v === null || v === undefined) return 0
  if (typeof v === "number") return v
  if (typeof v === "string") return Number(v)
  return Number(v.numeric ?? v.value ?? v.toString())
}

export const jewelryOrders = (container: any): JewelryOrdersModuleService => container.resolve(JEWELRY_ORDERS_MODULE)

/** The line facts are the order view's lines too: declared once, in the domain's types. */
export type { OrderLineFacts }

export type MedusaOrderFacts = {
  id: string
  display_id: number
  status: string
  email: string | null
  customer_id: string | null
  currency_code: string
  created_at: string
  shipping_option_ids: string[]
  items: OrderLineFacts[]
  fulfillments: { id: string; location_id: string | null; shipped_at: string | null; delivered_at: string | null; canceled_at: string | null }[]
}

/** The Medusa order as order operations need it; a missing order is a 404. */
export async function loadOrder(container: any, orderId: string): Promise<MedusaOrderFacts> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "email",
      "customer_id",
      "currency_code",
      "created_at",
      "items.*",
      "items.detail.fulfilled_quantity",
      "items.detail.shipped_quantity",
      "items.detail.return_received_quantity",
      "items.variant.manage_inventory",
      "items.variant.weight",
      "items.variant.options.value",
      "items.variant.options.option.title",
      "shipping_methods.shipping_option_id",
      "fulfillments.id",
      "fulfillments.location_id",
      "fulfillments.shipped_at",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const o: any = data[0]
  if (!o) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id "${orderId}" was not found`)
  return {
    id: o.id,
    display_id: o.display_id,
    status: o.status,
    email: o.email ?? null,
    customer_id: o.customer_id ?? null,
    currency_code: o.currency_code,
    created_at: o.created_at,
    shipping_option_ids: (o.shipping_methods ?? []).map((m: any) => m?.shipping_option_id).filter(Boolean),
    items: (o.items ?? []).map((i: any) => ({
      id: i.id,
      title: i.title,
      variant_title: i.variant_title ?? null,
      product_id: i.product_id ?? null,
      variant_id: i.variant_id ?? null,
      sku: i.variant_sku ?? null,
      thumbnail: i.thumbnail ?? null,
      manage_inventory: !!i.variant?.manage_inventory,
      requires_shipping: i.requires_shipping !== false,
      quantity: qty(i.quantity),
      fulfilled_quantity: qty(i.detail?.fulfilled_quantity),
      shipped_quantity: qty(i.detail?.shipped_quantity),
      returned_quantity: qty(i.detail?.return_received_quantity),
      spec: {
        variant_id: i.variant_id ?? null,
        product_id: i.product_id ?? null,
        ...specFromOptions((i.variant?.options ?? []).map((o: any) => ({ title: o?.option?.title ?? "", value: String(o?.value ?? "") }))),
        // Medusa's variant weight, read as grams (the unit the plugin's harness and the demo store keep it in).
        weight_grams: i.variant?.weight === null || i.variant?.weight === undefined ? null : String(i.variant.weight),
      },
    })),
    fulfillments: (o.fulfillments ?? []).map((f: any) => ({
      id: f.id,
      location_id: f.location_id ?? null,
      shipped_at: f.shipped_at ?? null,
      delivered_at: f.delivered_at ?? null,
      canceled_at: f.canceled_at ?? null,
    })),
  }
}

export const lineLabel = (order: MedusaOrderFacts, line: OrderLineFacts) =>
  `${line.title}${line.variant_title && line.variant_title !== line.title ? ` (${line.variant_title})` : ""} on order #${order.display_id}`

/**
 * Derives every line's status and the order's fulfillment status from
 * Medusa's order (quantities fulfilled, shipped and returned), the lines'
 * manual marks, the production jobs and the shipments, and stores them.
 * Safe to run any number of times: it only writes what it derives.
 */
/**
 * The lines' statuses and the order's fulfillment status, derived from the
 * facts (Medusa's order, the workshop's marks, jobs and shipments). Reads
 * only: a GET shows this; the events and workflows that change the facts
 * store it (recomputeOrder).
 */
export async function deriveOrder(container: any, orderId: string) {
  const order = await loadOrder(container, orderId)
  const ops = jewelryOrders(container)
  const production: any = container.resolve(PRODUCTION_MODULE)
  const [lines, states, jobs, shipments] = await Promise.all([
    ops.listOrderLines({ order_id: orderId }, { take: null as any }),
    ops.listOrderStates({ order_id: orderId }, { take: 1 }),
    production.listProductionJobs({ order_id: orderId }, { select: ["id", "status", "order_line_item_id"], take: null }),
    ops.listShipments({ order_id: orderId }, { select: ["id", "status", "created_at", "fulfillment_ids"], take: null as any }),
  ])
  const byLine = new Map((lines as any[]).map((l) => [l.line_item_id, l]))
  const medusaCancelled = order.status === "canceled"
  const derived = order.items.map((item) => {
    const line: any = byLine.get(item.id)
    const manual: ManualLineStatus = medusaCancelled ? "cancelled" : (line?.manual ?? null)
    const status = deriveLineStatus({
      ordered: item.quantity,
      shipped: item.shipped_quantity,
      returned: item.returned_quantity,
      manual,
      jobs: (jobs as any[]).filter((j) => j.order_line_item_id === item.id).map((j) => jobState(j.status)),
    })
    return { item, line, status }
  })
  const fulfillment_status = deriveFulfillmentStatus({
    lines: derived.map((d) => ({ status: d.status })),
    on_hold: !!(states as any[])[0]?.on_hold,
    shipments: [
      ...(shipments as any[]).map((s) => ({ status: s.status as TrackingStatus })),
      // Fulfillments shipped from Medusa's own order page count as parcels too.
      ...order.fulfillments
        .filter((f) => !f.canceled_at && f.shipped_at && !(shipments as any[]).some((s) => (s.fulfillment_ids ?? []).includes(f.id)))
        .map((f) => ({ status: (f.delivered_at ? "delivered" : "in_transit") as TrackingStatus })),
    ],
    any_active_job: (jobs as any[]).some((j) => jobState(j.status) === "active"),
  })
  const line_counts = countLineStatuses(derived.map((d) => ({ status: d.status as LineStatus })))
  return { order, derived, fulfillment_status, line_counts, state: (states as any[])[0] ?? null, lines: derived.map((d) => ({ line_item_id: d.item.id, status: d.status })) }
}

/** Derives the order's statuses and stores them: called by the workflows and subscribers that change an order's facts. */
export async function recomputeOrder(container: any, orderId: string) {
  const { order, derived, fulfillment_status, line_counts, state, lines } = await deriveOrder(container, orderId)
  const ops = jewelryOrders(container)
  const creates = derived.filter((d) => !d.line).map((d) => ({ order_id: orderId, line_item_id: d.item.id, status: d.status }))
  const updates = derived.filter((d) => d.line && d.line.status !== d.status).map((d) => ({ id: d.line.id, status: d.status }))
  if (creates.length) await ops.createOrderLines(creates as any).catch(ignoreDuplicate)
  if (updates.length) await ops.updateOrderLines(updates as any)
  if (state) {
    await ops.updateOrderStates({ id: state.id, fulfillment_status, line_counts, recomputed_at: new Date() } as any)
  } else {
    await ops.createOrderStates({ order_id: orderId, fulfillment_status, line_counts, recomputed_at: new Date() } as any).catch(ignoreDuplicate)
  }
  return { order, fulfillment_status, lines }
}

/** Two recomputations of a new order racing to create its rows: the second finds them made. */
function ignoreDuplicate(e: any) {
  if (/already exists|duplicate|unique/i.test(String(e?.message))) return
  throw e
}

/** The order's state row, made on first use. */
export async function ensureOrderState(container: any, orderId: string) {
  const ops = jewelryOrders(container)
  const [state] = await ops.listOrderStates({ order_id: orderId }, { take: 1 })
  if (state) return state as any
  await ops.createOrderStates({ order_id: orderId } as any).catch(ignoreDuplicate)
  const [made] = await ops.listOrderStates({ order_id: orderId }, { take: 1 })
  return made as any
}
