import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MovementInput } from "../../../modules/stock/service"
import { STOCK_MODULE } from "../../../modules/stock"
import { lineLabel, loadOrder, jewelryOrders } from "../order-facts"

/**
 * Cancelling lines: each must be on the order and not shipped, not even in
 * part. Their live selections go back to stock (the inverse movement) and
 * Medusa's reservations for them are let go.
 */
export const prepareLineCancelStep = createStep(
  "prepare-jewelry-line-cancel",
  async (input: { order_id: string; line_item_ids: string[]; actor_id?: string | null }, { container }) => {
    const order = await loadOrder(container, input.order_id)
    if (!input.line_item_ids.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `line_item_ids: choose at least one line`)
    const ops = jewelryOrders(container)
    const rows: any[] = await ops.listOrderLines({ order_id: order.id }, { take: null as any })
    input.line_item_ids.forEach((id, i) => {
      const line = order.items.find((it) => it.id === id)
      if (!line) throw new MedusaError(MedusaError.Types.INVALID_DATA, `line_item_ids[${i}]: line "${id}" is not on order #${order.display_id}`)
      if (rows.find((r) => r.line_item_id === id)?.manual === "cancelled") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `line_item_ids[${i}]: ${lineLabel(order, line)} is already cancelled`)
      }
      if (line.fulfilled_quantity > 0) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `line_item_ids[${i}]: ${lineLabel(order, line)} has shipped ${line.fulfilled_quantity}; take it back as a return instead`)
      }
    })
    const selections: any[] = await ops.listInventorySelections({ line_item_id: input.line_item_ids, status: "selected" } as any, { take: null as any })
    const moves: MovementInput[] = selections.map((s) => ({
      stock_item_id: s.stock_item_id,
      weight_delta: String(s.weight),
      weight_unit: s.weight_unit,
      pieces_delta: Number(s.pieces),
      reason: "deallocation",
      note: `line cancelled on order #${order.display_id}`,
      actor_id: input.actor_id ?? null,
      reference_type: "order",
      reference_id: order.id,
    }))
    const items: any[] = selections.length
      ? await (container.resolve(STOCK_MODULE) as any).listStockItems({ id: selections.map((s) => s.stock_item_id) }, { select: ["id", "status"], take: selections.length })
      : []
    const back = items.filter((i) => i.status === "reserved").map((i) => ({ id: i.id, status: "available" }))
    return new StepResponse({ order_id: order.id, selections: selections.map((s) => ({ id: s.id, stock_item_id: s.stock_item_id })), moves, back })
  }
)

/** Marks selections released with the movement that gave the stock back; undone by making them live again. */
export const releaseSelectionsStep = createStep(
  "release-jewelry-inventory-selections",
  async (input: { selections: { id: string; stock_item_id: string }[]; movements: { id: string; stock_item_id: string }[] }, { container }) => {
    if (!input.selections.length) return new StepResponse([], [] as string[])
    await jewelryOrders(container).updateInventorySelections(
      input.selections.map((s) => ({ id: s.id, status: "released", release_movement_id: input.movements.find((m) => m.stock_item_id === s.stock_item_id)?.id ?? null })) as any
    )
    return new StepResponse(input.selections, input.selections.map((s) => s.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await jewelryOrders(container).updateInventorySelections(ids.map((id) => ({ id, status: "selected", release_movement_id: null })) as any)
  }
)

/** Lets go of Medusa's reservations for cancelled lines, so the storefront can sell that stock again; undone by recreating them. */
export const deleteLineReservationsStep = createStep(
  "delete-medusa-reservations-of-cancelled-lines",
  async (input: { line_item_ids: string[] }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const found: any[] = await inventory.listReservationItems({ line_item_id: input.line_item_ids })
    if (!found.length) return new StepResponse([], [])
    await inventory.deleteReservationItems(found.map((r) => r.id))
    return new StepResponse(
      found.map((r) => r.id),
      found.map((r) => ({ line_item_id: r.line_item_id, inventory_item_id: r.inventory_item_id, location_id: r.location_id, quantity: Number(r.quantity), description: r.description }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve(Modules.INVENTORY).createReservationItems(previous as any)
  }
)
