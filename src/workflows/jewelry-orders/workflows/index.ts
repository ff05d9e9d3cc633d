import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHook, createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { recordMovementsStep } from "../../stock/steps/ledger"
import { syncMedusaInventoryStep } from "../../stock/steps/sync-medusa-inventory"
import { TrackingStatus } from "../../../lib/order-status"
import { ensureOrderState, loadOrder, jewelryOrders, recomputeOrder } from "../order-facts"
import {
  createSelectionsStep,
  ensureReservationsStep,
  prepareSelectionStep,
  SelectionRequest,
  setItemStatusesStep,
  setLineMarksStep,
} from "../steps/selection"
import {
  applyTrackingStep,
  createMedusaFulfillmentsStep,
  createShipmentRecordStep,
  markMedusaDeliveredStep,
  markMedusaShippedStep,
  linkShipmentFulfillmentsStep,
  prepareShipmentStep,
  shipSelectionsStep,
} from "../steps/shipment"
import { deleteLineReservationsStep, prepareLineCancelStep, releaseSelectionsStep } from "../steps/release"

/** Derives and stores the lines' statuses and the order's fulfillment status; the last step of every order workflow. */
export const recomputeOrderStep = createStep("recompute-jewelry-order-status", async (input: { order_id: string }, { container }) => {
  const result = await recomputeOrder(container, input.order_id)
  return new StepResponse({ fulfillment_status: result.fulfillment_status, lines: result.lines })
})

/**
 * The same, after a change Medusa cannot undo: it never fails the workflow.
 * If it cannot run now, the subscribers on Medusa's fulfillment and shipment
 * events recompute the order (src/subscribers/order-status.ts).
 */
const recomputeAfterStep = createStep("recompute-jewelry-order-status-after-shipment", async (input: { order_id: string }, { container }) => {
  try {
    const result = await recomputeOrder(container, input.order_id)
    return new StepResponse<{ fulfillment_status: string | null; lines: any[] }>({ fulfillment_status: result.fulfillment_status, lines: result.lines })
  } catch (e: any) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`jewelry: order ${input.order_id} shipped; its statuses are recomputed on Medusa's events (${e?.message ?? e})`)
    return new StepResponse<{ fulfillment_status: string | null; lines: any[] }>({ fulfillment_status: null, lines: [] })
  }
})

/** The steps of a selection, shared by Select Inventory and Manage Shipment (stock picked while shipping). */
function selectInto(input: { order_id: string; lines: SelectionRequest[]; actor_id?: string | null; field?: string; location_ids?: string[] | null }) {
  const prepared = prepareSelectionStep(input)
  const ledger = recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
  const selections = createSelectionsStep(transform({ prepared, ledger }, ({ prepared, ledger }) => ({ drafts: prepared.drafts, movements: ledger.movements })))
  setItemStatusesStep(
    transform({ prepared }, ({ prepared }) => ({ updates: prepared.drafts.filter((d) => d.uses_up).map((d) => ({ id: d.stock_item_id, status: "reserved" })) }))
  ).config({ name: "hold-used-up-stock-for-order" })
  ensureReservationsStep(transform({ prepared }, ({ prepared }) => ({ drafts: prepared.drafts })))
  return { prepared, ledger, selections }
}

/**
 * Select Inventory: for chosen lines, stock items with exact pieces/weight or
 * Full. The stock is deducted through the ledger and linked to the line; a
 * line can be marked Ready in the same step.
 */
export const selectOrderInventoryWorkflow = createWorkflow(
  "select-jewelry-order-inventory",
  (input: { order_id: string; lines: SelectionRequest[]; actor_id?: string | null; location_ids?: string[] | null }) => {
    const { prepared, ledger, selections } = selectInto(input)
    setLineMarksStep(
      transform({ prepared, input }, ({ prepared, input }) => ({ order_id: prepared.order_id, line_item_ids: prepared.ready, manual: "ready" as const, actor_id: input.actor_id }))
    )
    syncMedusaInventoryStep(transform({ ledger }, ({ ledger }) => ledger.pairs))
    const status = recomputeOrderStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
    return new WorkflowResponse(transform({ selections, status }, ({ selections, status }) => ({ selections, ...status })))
  }
)

export type CreateShipmentInput = {
  order_id: string
  carrier: string
  tracking_number: string
  tracking_url?: string | null
  shipping_option_id?: string | null
  location_id?: string | null
  lines: (SelectionRequest & { quantity: number })[]
  actor_id?: string | null
  /** The caller's locations (null: all). */
  location_ids?: string[] | null
}

/**
 * Manage Shipment: stock picked now is selected first; then one Medusa
 * fulfillment per location with the lines and quantities, marked shipped
 * with the tracking number, so Medusa's own screens agree. The selected stock
 * leaves as sold.
 */
export const createOrderShipmentJewelryWorkflow = createWorkflow("create-jewelry-order-shipment", (input: CreateShipmentInput) => {
  const picking = transform({ input }, ({ input }) => ({
    order_id: input.order_id,
    actor_id: input.actor_id,
    field: "lines",
    location_ids: input.location_ids ?? null,
    lines: input.lines.map((l) => ({ line_item_id: l.line_item_id, items: l.items ?? [] })),
  }))
  const { ledger } = selectInto(picking)
  const prepared = prepareShipmentStep(
    transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      lines: input.lines.map((l) => ({ line_item_id: l.line_item_id, quantity: l.quantity })),
      shipping_option_id: input.shipping_option_id,
      location_id: input.location_id,
      carrier: input.carrier,
      tracking_number: input.tracking_number,
      location_ids: input.location_ids ?? null,
    }))
  )
  const shipment = createShipmentRecordStep(
    transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      carrier: input.carrier,
      tracking_number: input.tracking_number,
      tracking_url: input.tracking_url,
      items: input.lines.map((l) => ({ line_item_id: l.line_item_id, quantity: l.quantity })),
      actor_id: input.actor_id,
    }))
  )
  shipSelectionsStep(
    transform({ prepared, shipment }, ({ prepared, shipment }) => ({ selection_ids: prepared.groups.flatMap((g) => g.selection_ids), shipment_id: shipment.id }))
  )
  setItemStatusesStep(transform({ prepared }, ({ prepared }) => ({ updates: prepared.sold }))).config({ name: "sell-shipped-stock" })
  const fulfillmentIds = createMedusaFulfillmentsStep(
    transform({ prepared, input }, ({ prepared, input }) => ({
      order_id: prepared.order_id,
      groups: prepared.groups,
      shipping_option_id: prepared.shipping_option_id,
      actor_id: input.actor_id,
    }))
  )
  linkShipmentFulfillmentsStep(transform({ shipment, fulfillmentIds }, ({ shipment, fulfillmentIds }) => ({ shipment_id: shipment.id, fulfillment_ids: fulfillmentIds })))
  // After the fulfillment (which takes the parcel out of Medusa's stock), before the shipment (which Medusa cannot undo).
  syncMedusaInventoryStep(transform({ ledger, prepared }, ({ ledger, prepared }) => [...ledger.pairs, ...prepared.pairs])).config({
    name: "sync-medusa-inventory-after-shipment",
  })
  // Last: nothing after it can fail and leave Medusa shipped while the plugin rolls back.
  markMedusaShippedStep(
    transform({ prepared, input, shipment, fulfillmentIds }, ({ prepared, input, shipment, fulfillmentIds }) => ({
      order_id: prepared.order_id,
      shipment_id: shipment.id,
      fulfillment_ids: fulfillmentIds,
      groups: prepared.groups,
      tracking_number: input.tracking_number,
      tracking_url: input.tracking_url,
      actor_id: input.actor_id,
    }))
  )
  const status = recomputeAfterStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
  // createOrderShipmentJewelryWorkflow.hooks.shipmentCreated(({ shipment, fulfillment_ids }, { container }) => …)
  const shipped = createHook("shipmentCreated", { shipment, fulfillment_ids: fulfillmentIds })
  return new WorkflowResponse(
    transform({ shipment, fulfillmentIds, status }, ({ shipment, fulfillmentIds, status }) => ({ shipment: { ...shipment, fulfillment_ids: fulfillmentIds }, ...status })),
    { hooks: [shipped] }
  )
})

/** A tracking status from the admin or a carrier's webhook; the order's status follows. */
export const updateShipmentTrackingWorkflow = createWorkflow(
  "update-jewelry-shipment-tracking",
  (input: { shipment_id?: string; tracking_number?: string; status: TrackingStatus; note?: string | null; source: "admin" | "webhook"; occurred_at?: string | null; actor_id?: string | null }) => {
    const applied = applyTrackingStep(input)
    markMedusaDeliveredStep(applied)
    const status = recomputeOrderStep(transform({ applied }, ({ applied }) => ({ order_id: applied.shipment.order_id })))
    return new WorkflowResponse(transform({ applied, status }, ({ applied, status }) => ({ shipment: applied.shipment, changed: applied.changed, stale: applied.stale, ...status })))
  }
)

/** Cancel selected lines: they become Cancelled, their selected stock goes back, Medusa's reservations for them are let go. */
export const cancelOrderLinesWorkflow = createWorkflow(
  "cancel-jewelry-order-lines",
  (input: { order_id: string; line_item_ids: string[]; reason?: string | null; actor_id?: string | null }) => {
    const prepared = prepareLineCancelStep(input)
    const ledger = recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
    releaseSelectionsStep(transform({ prepared, ledger }, ({ prepared, ledger }) => ({ selections: prepared.selections, movements: ledger.movements })))
    setItemStatusesStep(transform({ prepared }, ({ prepared }) => ({ updates: prepared.back }))).config({ name: "return-released-stock" })
    setLineMarksStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id, line_item_ids: input.line_item_ids, manual: "cancelled" as const, actor_id: input.actor_id, reason: input.reason }))
    )
    deleteLineReservationsStep(transform({ input }, ({ input }) => ({ line_item_ids: input.line_item_ids })))
    syncMedusaInventoryStep(transform({ ledger }, ({ ledger }) => ledger.pairs))
    return new WorkflowResponse(recomputeOrderStep(transform({ input }, ({ input }) => ({ order_id: input.order_id }))))
  }
)

const setHoldStep = createStep(
  "set-jewelry-order-hold",
  async (input: { order_id: string; on_hold: boolean; reason?: string | null; actor_id?: string | null }, { container }) => {
    const order = await loadOrder(container, input.order_id)
    if (input.on_hold && order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `order_id: order #${order.display_id} is cancelled`)
    const state = await ensureOrderState(container, order.id)
    if (!!state.on_hold === input.on_hold) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `on_hold: order #${order.display_id} is ${input.on_hold ? "already on hold" : "not on hold"}`)
    }
    const previous = { id: state.id, on_hold: state.on_hold, hold_reason: state.hold_reason, held_by: state.held_by, held_at: state.held_at }
    await jewelryOrders(container).updateOrderStates({
      id: state.id,
      on_hold: input.on_hold,
      hold_reason: input.on_hold ? (input.reason ?? null) : null,
      held_by: input.on_hold ? (input.actor_id ?? null) : null,
      held_at: input.on_hold ? new Date() : null,
    } as any)
    return new StepResponse(true, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await jewelryOrders(container).updateOrderStates(previous as any)
  }
)

/** Put an order on hold (nothing ships until it is released) or release it. */
export const setOrderHoldWorkflow = createWorkflow(
  "set-jewelry-order-hold",
  (input: { order_id: string; on_hold: boolean; reason?: string | null; actor_id?: string | null }) => {
    setHoldStep(input)
    return new WorkflowResponse(recomputeOrderStep(transform({ input }, ({ input }) => ({ order_id: input.order_id }))))
  }
)

const checkLineStep = createStep("check-jewelry-order-line", async (input: { order_id: string; line_item_id: string }, { container }) => {
  const order = await loadOrder(container, input.order_id)
  if (!order.items.some((i) => i.id === input.line_item_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line "${input.line_item_id}" is not on order #${order.display_id}`)
  }
  const [row]: any[] = await jewelryOrders(container).listOrderLines({ line_item_id: input.line_item_id }, { take: 1 })
  if (row?.manual === "cancelled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `manual: the line is cancelled`)
  return new StepResponse(true)
})

/** Mark a line Ready or Backordered by hand, or clear the mark. */
export const setOrderLineMarkWorkflow = createWorkflow(
  "set-jewelry-order-line-mark",
  (input: { order_id: string; line_item_id: string; manual: "ready" | "backordered" | null; actor_id?: string | null }) => {
    checkLineStep(input)
    setLineMarksStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, line_item_ids: [input.line_item_id], manual: input.manual, actor_id: input.actor_id })))
    return new WorkflowResponse(recomputeOrderStep(transform({ input }, ({ input }) => ({ order_id: input.order_id }))))
  }
)
