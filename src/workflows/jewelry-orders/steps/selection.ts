import BigNumber from "bignumber.js"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { shareOfItem } from "../../../lib/take-share"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import type { MovementInput } from "../../../modules/stock/service"
import { formatDecimal, toDecimal } from "../../../lib/units"
import { lineFit } from "../../../lib/line-fit"
import { lineLabel, loadOrder, jewelryOrders } from "../order-facts"
import { LocationPair, syncMedusaLevels } from "../../stock/steps/sync-medusa-inventory"

export type SelectionRequest = {
  line_item_id: string
  /** Each stock item with exact pieces and/or weight, or `full` for all of it. */
  items: { stock_item_id: string; pieces?: number; weight?: string | number; full?: boolean }[]
  mark_ready?: boolean
}

export type SelectionDraft = {
  order_id: string
  line_item_id: string
  line_variant_id: string | null
  stock_item_id: string
  tag_id: string
  item_variant_id: string | null
  location_id: string
  pieces: number
  weight: string
  weight_unit: string
  selected_by: string | null
  /** The item is used up: it is held for the order (status reserved). */
  uses_up: boolean
  reserve_in_medusa: boolean
}

const SELECTABLE = ["available", "reserved"]

/**
 * Checks a selection against the order and the stock and turns it into
 * ledger movements and selection rows. Stock selected for a line cannot be
 * selected again (for any line) while that selection is live; a line takes
 * no more pieces than it still has to ship; cancelled or shipped lines take
 * none. Nothing is written.
 */
export const prepareSelectionStep = createStep(
  "prepare-jewelry-inventory-selection",
  async (
    input: { order_id: string; lines: SelectionRequest[]; actor_id?: string | null; field?: string; location_ids?: string[] | null; enforce_fit?: boolean },
    { container }
  ) => {
    const field = input.field ?? "lines"
    const order = await loadOrder(container, input.order_id)
    if (order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `order_id: order #${order.display_id} is cancelled`)
    }
    const ops = jewelryOrders(container)
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const wanted = input.lines.filter((l) => l.items?.length)
    const itemIds = wanted.flatMap((l) => l.items.map((i) => i.stock_item_id))
    const dup = itemIds.find((id, i) => itemIds.indexOf(id) !== i)
    if (dup) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: stock item ${dup} is listed twice; one item serves one line`)
    const [items, liveSelections, lineRows] = await Promise.all([
      itemIds.length ? stock.listStockItems({ id: itemIds }, { take: itemIds.length }) : [],
      itemIds.length || wanted.length
        ? ops.listInventorySelections({ status: "selected", $or: [{ stock_item_id: itemIds }, { order_id: order.id }] } as any, { take: null as any })
        : [],
      ops.listOrderLines({ order_id: order.id }, { take: null as any }),
    ])
    const itemById = new Map((items as any[]).map((i) => [i.id, i]))
    const drafts: SelectionDraft[] = []
    const moves: MovementInput[] = []
    input.lines.forEach((req, li) => {
      const at = `${field}[${li}]`
      const line = order.items.find((i) => i.id === req.line_item_id)
      if (!line) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.line_item_id: line "${req.line_item_id}" is not on order #${order.display_id}`)
      const row: any = (lineRows as any[]).find((r) => r.line_item_id === line.id)
      if (row?.manual === "cancelled") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${at}.line_item_id: ${lineLabel(order, line)} is cancelled`)
      }
      const open = line.quantity - line.fulfilled_quantity
      if (req.items?.length && open <= 0) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${at}.line_item_id: ${lineLabel(order, line)} has shipped all ${line.quantity}`)
      }
      let piecesForLine = (liveSelections as any[])
        .filter((s) => s.line_item_id === line.id && s.order_id === order.id)
        .reduce((n, s) => n + Number(s.pieces), 0)
      ;(req.items ?? []).forEach((want, ii) => {
        const where = `${at}.items[${ii}]`
        // Stock outside the caller's locations does not exist for them (SPEC 7).
        const seen: any = itemById.get(want.stock_item_id)
        const item: any = seen && (!input.location_ids || input.location_ids.includes(seen.location_id)) ? seen : null
        if (!item) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${where}.stock_item_id: stock item "${want.stock_item_id}" does not exist`)
        if (item.ownership === "customer") {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${where}.stock_item_id: ${item.tag_id} is a customer's piece in for repair; it is not for sale`)
        }
        const taken: any = (liveSelections as any[]).find((s) => s.stock_item_id === item.id)
        if (taken) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `${where}.stock_item_id: ${item.tag_id} is already selected for ${taken.order_id === order.id ? "this order" : "another order"}; release it there first`
          )
        }
        const itemWeight = toDecimal(String(item.weight))
        // An empty item was taken a moment ago (or used up): a conflict over the same stock, as when the ledger refuses it.
        if (itemWeight.isZero() && Number(item.pieces) === 0) {
          throw new MedusaError(MedusaError.Types.CONFLICT, `${where}.stock_item_id: ${item.tag_id} is empty; there is nothing left to select`)
        }
        if (input.enforce_fit === false) {
          // A custom job's own finished piece for its line: it fits by construction.
          if (!SELECTABLE.includes(item.status)) {
            throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${where}.stock_item_id: ${item.tag_id} is ${item.status}; only available or reserved stock can be selected`)
          }
        } else {
          // The same rule as the candidates list and the tag lookup (src/lib/line-fit).
          const fit = lineFit(line.spec, { ...item, weight_grams: item.weight_grams === null || item.weight_grams === undefined ? null : String(item.weight_grams) }, { location_ids: input.location_ids })
          if (!fit.fits) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${where}.stock_item_id: ${fit.message}`)
        }
        let pieces: number
        let weight: BigNumber
        if (want.full) {
          pieces = Number(item.pieces)
          weight = itemWeight
        } else {
          if (want.pieces === undefined && (want.weight === undefined || want.weight === "")) {
            throw new MedusaError(MedusaError.Types.INVALID_DATA, `${where}.pieces: give pieces, a weight, or Full`)
          }
          pieces = want.pieces ?? 0
          if (pieces > Number(item.pieces)) {
            throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${where}.pieces: ${item.tag_id} has ${item.pieces} pieces, cannot select ${pieces}`)
          }
          if (want.weight !== undefined && want.weight !== "") {
            weight = toDecimal(want.weight)
            if (weight.isNegative()) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${where}.weight: must not be negative`)
          } else {
            // Pieces only: their share of the item's weight.
            weight = shareOfItem({ weight: itemWeight, pieces: Number(item.pieces) }, { pieces }).weight
          }
          if (weight.isGreaterThan(itemWeight)) {
            throw new MedusaError(
              MedusaError.Types.NOT_ALLOWED,
              `${where}.weight: ${item.tag_id} weighs ${formatDecimal(itemWeight)} ${item.weight_unit}, cannot select ${formatDecimal(weight)}`
            )
          }
        }
        if (pieces === 0 && weight.isZero()) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `${where}.pieces: ${item.tag_id} has nothing left to select`)
        }
        piecesForLine += pieces
        if (piecesForLine > open) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `${where}.pieces: ${lineLabel(order, line)} needs ${open} more, ${piecesForLine} pieces would be selected`
          )
        }
        const usesUp = pieces === Number(item.pieces) && weight.isEqualTo(itemWeight)
        drafts.push({
          order_id: order.id,
          line_item_id: line.id,
          line_variant_id: line.variant_id,
          stock_item_id: item.id,
          tag_id: item.tag_id,
          item_variant_id: item.variant_id ?? null,
          location_id: item.location_id,
          pieces,
          weight: formatDecimal(weight),
          weight_unit: item.weight_unit,
          selected_by: input.actor_id ?? null,
          uses_up: usesUp,
          reserve_in_medusa: !!(line.manage_inventory && line.variant_id && item.variant_id === line.variant_id && pieces > 0),
        })
        moves.push({
          stock_item_id: item.id,
          weight_delta: weight.negated().toFixed(),
          pieces_delta: -pieces,
          reason: "sale",
          note: `selected for ${lineLabel(order, line)}`,
          actor_id: input.actor_id ?? null,
          reference_type: "order",
          reference_id: order.id,
        })
      })
    })
    const ready = input.lines.filter((l) => l.mark_ready).map((l) => l.line_item_id)
    return new StepResponse({ order_id: order.id, drafts, moves, ready })
  }
)

/** Stores the selections with the movements that deducted them. The live-item unique index refuses a second selection racing the first. */
export const createSelectionsStep = createStep(
  "create-jewelry-inventory-selections",
  async (input: { drafts: SelectionDraft[]; movements: { id: string; stock_item_id: string }[] }, { container }) => {
    if (!input.drafts.length) return new StepResponse([] as any[], [] as string[])
    const ops = jewelryOrders(container)
    const rows = input.drafts.map(({ uses_up, reserve_in_medusa, ...d }) => ({
      ...d,
      movement_id: input.movements.find((m) => m.stock_item_id === d.stock_item_id)?.id ?? null,
    }))
    let created: any[]
    try {
      created = (await ops.createInventorySelections(rows as any)) as any
    } catch (e: any) {
      if (/already exists|duplicate|unique/i.test(String(e?.message))) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `stock_item_id: that stock was selected by someone else a moment ago; reload and choose again`)
      }
      throw e
    }
    const list = Array.isArray(created) ? created : [created]
    return new StepResponse(list, list.map((s) => s.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await jewelryOrders(container).deleteInventorySelections(ids)
  }
)

/** Items used up by a selection are held for the order; undone by giving them their status back. */
export const setItemStatusesStep = createStep(
  "set-jewelry-stock-statuses-for-order",
  async (input: { updates: { id: string; status: string }[] }, { container }) => {
    if (!input.updates.length) return new StepResponse([], { previous: [] as { id: string; status: string }[], pairs: [] as LocationPair[] })
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const current: any[] = await stock.listStockItems(
      { id: input.updates.map((u) => u.id) },
      { select: ["id", "status", "variant_id", "location_id"], take: input.updates.length }
    )
    await stock.updateStockItems(input.updates as any)
    return new StepResponse(input.updates, {
      previous: current.map((c) => ({ id: c.id, status: c.status })),
      pairs: current.map((c) => ({ variant_id: c.variant_id, location_id: c.location_id })),
    })
  },
  async (undo, { container }) => {
    if (!undo?.previous?.length) return
    await (container.resolve(STOCK_MODULE) as StockModuleService).updateStockItems(undo.previous as any)
    // Available pieces changed back: Medusa's level follows.
    await syncMedusaLevels(container, undo.pairs)
  }
)

/**
 * Medusa ships a line of a stocked variant only against a reservation.
 * Orders placed from a cart have one; orders created in the admin do not.
 * Where the line's reservations hold fewer pieces than the stock selected
 * for it, a reservation for the difference is made at the stock's location.
 */
export const ensureReservationsStep = createStep(
  "ensure-medusa-reservations-for-selection",
  async (input: { drafts: SelectionDraft[] }, { container }) => {
    const need = input.drafts.filter((d) => d.reserve_in_medusa)
    if (!need.length) return new StepResponse([] as string[], [] as string[])
    const query = container.resolve("query") as any
    const inventory = container.resolve(Modules.INVENTORY)
    const variantIds = [...new Set(need.map((d) => d.line_variant_id!))]
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: variantIds },
    })
    const created: string[] = []
    const lineIds = [...new Set(need.map((d) => d.line_item_id))]
    const existing: any[] = await inventory.listReservationItems({ line_item_id: lineIds })
    const ops = jewelryOrders(container)
    const live: any[] = await ops.listInventorySelections({ line_item_id: lineIds, status: "selected" } as any, { take: null as any })
    for (const lineId of lineIds) {
      const drafts = need.filter((d) => d.line_item_id === lineId)
      const variant: any = variants.find((v: any) => v.id === drafts[0].line_variant_id)
      const inventoryItemId = variant?.inventory_items?.[0]?.inventory_item_id
      if (!inventoryItemId) continue
      const reserved = existing.filter((r) => r.line_item_id === lineId).reduce((n, r) => n + Number(r.quantity), 0)
      // `live` already holds this request's selections (they were stored in the step before).
      const selected = live.filter((s) => s.line_item_id === lineId && s.item_variant_id === s.line_variant_id).reduce((n, s) => n + Number(s.pieces), 0)
      let missing = selected - reserved
      for (const d of drafts) {
        if (missing <= 0) break
        const take = Math.min(missing, d.pieces)
        const [r] = await inventory.createReservationItems([
          { line_item_id: lineId, inventory_item_id: inventoryItemId, location_id: d.location_id, quantity: take, description: `Selected ${d.tag_id}` },
        ])
        created.push(r.id)
        missing -= take
      }
    }
    return new StepResponse(created, created)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.INVENTORY).deleteReservationItems(ids)
  }
)

/** Sets (or clears) what staff said about lines; undone by restoring the previous marks. */
export const setLineMarksStep = createStep(
  "set-jewelry-order-line-marks",
  async (input: { order_id: string; line_item_ids: string[]; manual: "ready" | "cancelled" | "backordered" | null; actor_id?: string | null; reason?: string | null }, { container }) => {
    if (!input.line_item_ids.length) return new StepResponse([], { created: [] as string[], previous: [] as any[] })
    const ops = jewelryOrders(container)
    const existing: any[] = await ops.listOrderLines({ line_item_id: input.line_item_ids }, { take: null as any })
    const previous = existing.map((l) => ({ id: l.id, manual: l.manual, manual_by: l.manual_by, manual_at: l.manual_at, cancel_reason: l.cancel_reason }))
    const patch = { manual: input.manual, manual_by: input.actor_id ?? null, manual_at: new Date(), cancel_reason: input.manual === "cancelled" ? (input.reason ?? null) : null }
    if (existing.length) await ops.updateOrderLines(existing.map((l) => ({ id: l.id, ...patch })) as any)
    const missing = input.line_item_ids.filter((id) => !existing.some((l) => l.line_item_id === id))
    const made: any[] = missing.length
      ? ((await ops.createOrderLines(missing.map((id) => ({ order_id: input.order_id, line_item_id: id, ...patch })) as any)) as any)
      : []
    return new StepResponse(input.line_item_ids, { created: made.map((m) => m.id), previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ops = jewelryOrders(container)
    if (undo.previous.length) await ops.updateOrderLines(undo.previous as any)
    if (undo.created.length) await ops.deleteOrderLines(undo.created)
  }
)
