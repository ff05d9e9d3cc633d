import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  cancelOrderFulfillmentWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { isStaleTrackingEvent, TRACKING_STATUSES, TrackingStatus } from "../../../lib/order-status"
import { lineLabel, loadOrder, jewelryOrders } from "../order-facts"
import { STOCK_MODULE } from "../../../modules/stock"

export type ShipmentLine = { line_item_id: string; quantity: number }
/** One Medusa fulfillment per location; `fulfillment_id` when a retry adopts one Medusa already shipped. */
export type FulfillmentGroup = { location_id: string | null; items: { id: string; quantity: number }[]; selection_ids: string[]; fulfillment_id?: string }

/**
 * Medusa fulfillments shipped under this tracking number that no shipment
 * of the plugin holds: what an earlier attempt left when its last step
 * failed after Medusa had shipped (Medusa cannot un-ship). A retry adopts
 * them instead of shipping the lines twice.
 */
async function orphanFulfillments(container: any, orderId: string, trackingNumber: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["fulfillments.id", "fulfillments.shipped_at", "fulfillments.canceled_at", "fulfillments.location_id", "fulfillments.labels.tracking_number", "fulfillments.items.line_item_id", "fulfillments.items.quantity"],
    filters: { id: orderId },
  })
  const held = new Set(((await jewelryOrders(container).listShipments({ order_id: orderId }, { take: null as any })) as any[]).flatMap((s) => (s.fulfillment_ids ?? []) as string[]))
  return ((data[0] as any)?.fulfillments ?? []).filter(
    (f: any) => f && !f.canceled_at && f.shipped_at && !held.has(f.id) && (f.labels ?? []).some((l: any) => l?.tracking_number === trackingNumber)
  ) as { id: string; location_id: string | null; items: { line_item_id: string; quantity: number }[] }[]
}

/**
 * Checks a shipment before anything is written: the order is not on hold or
 * cancelled, every line is on the order and not cancelled, no line ships
 * more than it ordered (less what Medusa has fulfilled already), a stocked
 * line has stock selected or reserved, and a shipping option is known. Lines
 * are grouped by the location their stock is at: one Medusa fulfillment per
 * location.
 */
export const prepareShipmentStep = createStep(
  "prepare-jewelry-shipment",
  async (
    input: { order_id: string; lines: ShipmentLine[]; shipping_option_id?: string | null; location_id?: string | null; carrier: string; tracking_number: string; location_ids?: string[] | null },
    { container }
  ) => {
    const order = await loadOrder(container, input.order_id)
    if (input.location_ids && input.location_id && !input.location_ids.includes(input.location_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `location_id: stock location "${input.location_id}" is not one of yours`)
    }
    const ops = jewelryOrders(container)
    if (order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `order_id: order #${order.display_id} is cancelled`)
    const [state] = (await ops.listOrderStates({ order_id: order.id }, { take: 1 })) as any[]
    if (state?.on_hold) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `order_id: order #${order.display_id} is on hold${state.hold_reason ? ` (${state.hold_reason})` : ""}; release it before shipping`)
    }
    if (!input.lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines: choose at least one line to ship`)
    const [lineRows, selections] = await Promise.all([
      ops.listOrderLines({ order_id: order.id }, { take: null as any }),
      ops.listInventorySelections({ order_id: order.id, status: "selected" } as any, { take: null as any }),
    ])
    const inventory = container.resolve(Modules.INVENTORY)
    const reservations: any[] = await inventory.listReservationItems({ line_item_id: input.lines.map((l) => l.line_item_id) })
    const orphans = await orphanFulfillments(container, order.id, input.tracking_number)
    const adopted = new Map<string, number>()
    for (const f of orphans) for (const it of f.items) adopted.set(it.line_item_id, (adopted.get(it.line_item_id) ?? 0) + Number(it.quantity))
    const groups = new Map<string, FulfillmentGroup>()
    const seen = new Set<string>()
    input.lines.forEach((l, i) => {
      const at = `lines[${i}]`
      const line = order.items.find((it) => it.id === l.line_item_id)
      if (!line) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.line_item_id: line "${l.line_item_id}" is not on order #${order.display_id}`)
      if (seen.has(line.id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.line_item_id: ${lineLabel(order, line)} is listed twice`)
      seen.add(line.id)
      if ((lineRows as any[]).find((r) => r.line_item_id === line.id)?.manual === "cancelled") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${at}.line_item_id: ${lineLabel(order, line)} is cancelled`)
      }
      // What an earlier attempt shipped under this tracking number is this parcel's, not shipped twice.
      const open = line.quantity - line.fulfilled_quantity + (adopted.get(line.id) ?? 0)
      if (!Number.isInteger(l.quantity) || l.quantity < 1) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.quantity: ship at least 1`)
      if (l.quantity > open) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${at}.quantity: cannot ship ${l.quantity} of ${lineLabel(order, line)}: ${line.quantity} ordered, ${line.fulfilled_quantity} already shipped`
        )
      }
      const own = (selections as any[]).filter((s) => s.line_item_id === line.id)
      const locations = [...new Set(own.map((s) => s.location_id))]
      if (locations.length > 1) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.line_item_id: the stock selected for ${lineLabel(order, line)} is at ${locations.length} locations; ship each location's part separately`)
      }
      const reserved = reservations.filter((r) => r.line_item_id === line.id)
      if (line.manage_inventory && !adopted.has(line.id) && reserved.reduce((n, r) => n + Number(r.quantity), 0) < l.quantity) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${at}.quantity: ${lineLabel(order, line)} has no stock held for ${l.quantity}; select its inventory first`
        )
      }
      const location = locations[0] ?? input.location_id ?? reserved[0]?.location_id ?? null
      // Stock a line holds at another location is shipped by staff of that location (SPEC 7).
      if (input.location_ids && location && !input.location_ids.includes(location)) {
        throw new MedusaError(MedusaError.Types.FORBIDDEN, `${at}.line_item_id: ${lineLabel(order, line)} ships from a location that is not yours`)
      }
      const key = location ?? "-"
      const g: FulfillmentGroup = groups.get(key) ?? { location_id: location, items: [], selection_ids: [] }
      g.items.push({ id: line.id, quantity: l.quantity })
      // The parcel takes the line's selections until it holds the quantity shipped; weight-only stock goes with the first parcel.
      let pieces = 0
      for (const sel of [...own].sort((a, b) => Number(b.pieces) - Number(a.pieces))) {
        if (pieces >= l.quantity && Number(sel.pieces) > 0) continue
        g.selection_ids.push(sel.id)
        pieces += Number(sel.pieces)
      }
      groups.set(key, g)
    })
    if (orphans.length) {
      // Adopting is all or nothing: the retry asks for exactly what was shipped.
      const asked = new Map(input.lines.map((l) => [l.line_item_id, l.quantity]))
      const same = asked.size === adopted.size && [...adopted.entries()].every(([id, q]) => asked.get(id) === q)
      if (!same) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `tracking_number: Medusa already shipped ${input.tracking_number} with other lines or quantities; ship those exactly to finish it, or use another tracking number`
        )
      }
      for (const f of orphans) {
        const g = groups.get(f.location_id ?? "-") ?? [...groups.values()][0]
        if (g) g.fulfillment_id = f.id
      }
    }
    const shippingOptionId = input.shipping_option_id ?? order.shipping_option_ids[0] ?? null
    if (!shippingOptionId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `shipping_option_id: order #${order.display_id} has no shipping method; choose a shipping option`)
    }
    // Stock used up by its selection leaves as sold with the parcel.
    const shippedIds = new Set([...groups.values()].flatMap((g) => g.selection_ids))
    const shippedSelections = (selections as any[]).filter((s) => shippedIds.has(s.id))
    const itemIds = [...new Set(shippedSelections.map((s) => s.stock_item_id))]
    const items: any[] = itemIds.length
      ? await (container.resolve(STOCK_MODULE) as any).listStockItems({ id: itemIds }, { select: ["id", "status", "pieces", "weight", "variant_id", "location_id"], take: itemIds.length })
      : []
    const sold = items.filter((i) => i.status === "reserved" && Number(i.pieces) === 0 && Number(i.weight) === 0).map((i) => ({ id: i.id, status: "sold" }))
    const pairs = items.map((i) => ({ variant_id: i.variant_id ?? null, location_id: i.location_id }))
    return new StepResponse({ order_id: order.id, display_id: order.display_id, groups: [...groups.values()], shipping_option_id: shippingOptionId, sold, pairs })
  }
)

/** Creates the plugin's shipment record; undone by deleting it. */
export const createShipmentRecordStep = createStep(
  "create-jewelry-shipment-record",
  async (input: { order_id: string; carrier: string; tracking_number: string; tracking_url?: string | null; items: ShipmentLine[]; actor_id?: string | null }, { container }) => {
    const ops = jewelryOrders(container)
    const shipment: any = await ops.createShipments({
      order_id: input.order_id,
      carrier: input.carrier,
      tracking_number: input.tracking_number,
      tracking_url: input.tracking_url ?? null,
      status: "pending",
      fulfillment_ids: [],
      items: input.items,
      created_by: input.actor_id ?? null,
    } as any)
    await ops.createShipmentEvents({ shipment_id: shipment.id, status: "pending", source: "admin", occurred_at: new Date(), actor_id: input.actor_id ?? null, note: "shipment created" } as any)
    return new StepResponse(shipment, shipment.id)
  },
  async (id, { container }) => {
    if (!id) return
    await jewelryOrders(container).deleteShipments([id])
  }
)

/** Marks the lines' selected stock as shipped in this shipment; undone by making it live again. */
export const shipSelectionsStep = createStep(
  "ship-jewelry-inventory-selections",
  async (input: { selection_ids: string[]; shipment_id: string }, { container }) => {
    if (!input.selection_ids.length) return new StepResponse([] as any[], [] as string[])
    const ops = jewelryOrders(container)
    const rows: any[] = await ops.listInventorySelections({ id: input.selection_ids }, { take: null as any })
    await ops.updateInventorySelections(input.selection_ids.map((id) => ({ id, status: "shipped", shipment_id: input.shipment_id })) as any)
    return new StepResponse(rows, input.selection_ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await jewelryOrders(container).updateInventorySelections(ids.map((id) => ({ id, status: "selected", shipment_id: null })) as any)
  }
)

/**
 * Medusa's own fulfillments, one per location, so Medusa's order page, its
 * fulfilled quantities and its stock agree. Undone by cancelling them (they
 * are not shipped yet at this point).
 */
export const createMedusaFulfillmentsStep = createStep(
  "create-medusa-fulfillments-for-jewelry-shipment",
  async (input: { order_id: string; groups: FulfillmentGroup[]; shipping_option_id: string; actor_id?: string | null }, { container }) => {
    const ids: string[] = []
    const inventory = container.resolve(Modules.INVENTORY)
    const lineIds = input.groups.flatMap((g) => g.items.map((i) => i.id))
    const reservations: any[] = await inventory.listReservationItems({ line_item_id: lineIds })
    // Medusa lowers the stocked quantity before it shrinks a reservation and then
    // checks availability, so shipping part of a line whose stock is fully reserved
    // fails inside Medusa. Shrink the reservation to the parcel first, and reserve
    // the rest again once the parcel is out.
    const splits: { id: string; rest: any; original: number }[] = []
    for (const g of input.groups) {
      for (const it of g.items) {
        const own = reservations.filter((r) => r.line_item_id === it.id)
        if (own.length !== 1 || Number(own[0].quantity) <= it.quantity) continue
        const r = own[0]
        splits.push({
          id: r.id,
          original: Number(r.quantity),
          rest: { line_item_id: r.line_item_id, inventory_item_id: r.inventory_item_id, location_id: r.location_id, quantity: Number(r.quantity) - it.quantity, description: r.description, allow_backorder: r.allow_backorder },
        })
        await inventory.updateReservationItems([{ id: r.id, quantity: it.quantity }])
      }
    }
    try {
      for (const g of input.groups) {
        if (g.fulfillment_id) {
          ids.push(g.fulfillment_id)
          continue
        }
        const { result } = await createOrderFulfillmentWorkflow(container).run({
          input: {
            order_id: input.order_id,
            items: g.items,
            location_id: g.location_id ?? undefined,
            shipping_option_id: input.shipping_option_id,
            created_by: input.actor_id ?? undefined,
            no_notification: true,
          } as any,
        })
        ids.push((result as any).id)
      }
    } catch (e: any) {
      await cancelFulfillments(container, input.order_id, ids)
      for (const sp of splits) await inventory.updateReservationItems([{ id: sp.id, quantity: sp.original }]).catch(() => undefined)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `lines: Medusa refused the fulfillment: ${e?.message ?? e}`)
    }
    const rest = splits.length ? await inventory.createReservationItems(splits.map((sp) => sp.rest)) : []
    const created = ids.filter((id) => !input.groups.some((g) => g.fulfillment_id === id))
    return new StepResponse(ids, { order_id: input.order_id, ids: created, rest: (rest as any[]).map((r) => r.id) })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    // Cancelling reserves the parcel's quantity again; with the re-reserved rest the line holds what it held.
    await cancelFulfillments(container, undo.order_id, undo.ids)
  }
)

async function cancelFulfillments(container: any, orderId: string, ids: string[]) {
  for (const id of ids) {
    await cancelOrderFulfillmentWorkflow(container)
      .run({ input: { order_id: orderId, fulfillment_id: id, no_notification: true } as any })
      .catch(() => undefined)
  }
}

/** Stores Medusa's fulfillments on the plugin's shipment; undone by clearing them. */
export const linkShipmentFulfillmentsStep = createStep(
  "link-jewelry-shipment-fulfillments",
  async (input: { shipment_id: string; fulfillment_ids: string[] }, { container }) => {
    await jewelryOrders(container).updateShipments({ id: input.shipment_id, fulfillment_ids: input.fulfillment_ids } as any)
    return new StepResponse(input.fulfillment_ids, input.shipment_id)
  },
  async (id, { container }) => {
    if (id) await jewelryOrders(container).updateShipments({ id, fulfillment_ids: [] } as any)
  }
)

/**
 * Marks Medusa's fulfillments shipped with the tracking number. Medusa
 * cannot un-ship, so this is the workflow's last step that can fail; a
 * fulfillment an earlier attempt shipped is left as it is (see
 * orphanFulfillments: the retry adopts it).
 */
export const markMedusaShippedStep = createStep(
  "mark-medusa-fulfillments-shipped",
  async (
    input: { order_id: string; shipment_id: string; fulfillment_ids: string[]; groups: FulfillmentGroup[]; tracking_number: string; tracking_url?: string | null; actor_id?: string | null },
    { container }
  ) => {
    for (const [i, fulfillmentId] of input.fulfillment_ids.entries()) {
      if (input.groups[i]?.fulfillment_id === fulfillmentId) continue
      await createOrderShipmentWorkflow(container).run({
        input: {
          order_id: input.order_id,
          fulfillment_id: fulfillmentId,
          items: input.groups[i].items,
          labels: [{ tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" }],
          created_by: input.actor_id ?? undefined,
          no_notification: true,
        } as any,
      })
    }
    return new StepResponse(input.fulfillment_ids)
  }
)

const TERMINAL: TrackingStatus[] = ["delivered", "cancelled"]

/**
 * A tracking update, from the admin or a carrier's webhook. A repeated status
 * changes nothing (carriers retry); Delivered and Cancelled are final. When a
 * parcel is delivered, Medusa's fulfillments are marked delivered too.
 */
export const applyTrackingStep = createStep(
  "apply-jewelry-tracking-status",
  async (
    input: { shipment_id?: string; tracking_number?: string; status: TrackingStatus; note?: string | null; source: "admin" | "webhook"; occurred_at?: string | Date | null; actor_id?: string | null },
    { container }
  ) => {
    const ops = jewelryOrders(container)
    if (!TRACKING_STATUSES.includes(input.status)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `status: "${input.status}" is not one of ${TRACKING_STATUSES.join(", ")}`)
    }
    const filter: any = input.shipment_id ? { id: input.shipment_id } : { tracking_number: input.tracking_number }
    const found: any[] = await ops.listShipments(filter, { take: 2, order: { created_at: "DESC" } })
    const shipment = found[0]
    if (!shipment) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        input.shipment_id ? `Shipment with id "${input.shipment_id}" was not found` : `tracking_number: no shipment has tracking number "${input.tracking_number}"`
      )
    }
    if (shipment.status === input.status) return new StepResponse({ shipment, changed: false, stale: false }, null)
    const at = input.occurred_at ? new Date(input.occurred_at) : new Date()
    // An event older than the last one the shipment took (a carrier's retry or a replay) never moves it back.
    const [last]: any[] = await ops.listShipmentEvents({ shipment_id: shipment.id } as any, { order: { occurred_at: "DESC" }, take: 1 })
    if (isStaleTrackingEvent({ current: shipment.status, next: input.status, last_at: last ? new Date(last.occurred_at) : null, at })) return new StepResponse({ shipment, changed: false, stale: true }, null)
    if (TERMINAL.includes(shipment.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: shipment ${shipment.tracking_number} is already ${shipment.status}`)
    }
    const previous = { id: shipment.id, status: shipment.status, delivered_at: shipment.delivered_at }
    const updated: any = await ops.updateShipments({ id: shipment.id, status: input.status, delivered_at: input.status === "delivered" ? at : shipment.delivered_at } as any)
    const event: any = await ops.createShipmentEvents({
      shipment_id: shipment.id,
      status: input.status,
      source: input.source,
      note: input.note ?? null,
      occurred_at: at,
      actor_id: input.actor_id ?? null,
    } as any)
    return new StepResponse({ shipment: updated, changed: true, stale: false }, { previous, event_id: event.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ops = jewelryOrders(container)
    await ops.deleteShipmentEvents([undo.event_id])
    await ops.updateShipments(undo.previous as any)
  }
)

/** Delivered parcels: Medusa's fulfillments are marked delivered so its order page agrees. */
export const markMedusaDeliveredStep = createStep(
  "mark-medusa-fulfillments-delivered",
  async (input: { shipment: any; changed: boolean }, { container }) => {
    if (!input.changed || input.shipment.status !== "delivered") return new StepResponse([])
    const order = await loadOrder(container, input.shipment.order_id)
    const done: string[] = []
    for (const id of (input.shipment.fulfillment_ids ?? []) as string[]) {
      const f = order.fulfillments.find((x) => x.id === id)
      if (!f || f.delivered_at || f.canceled_at) continue
      await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId: order.id, fulfillmentId: id } as any })
      done.push(id)
    }
    return new StepResponse(done)
  }
)
