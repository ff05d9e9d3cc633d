import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveNewItemsStep, StockItemRequest } from "../steps/resolve-new-items"
import { createStockItemsStep, recordMovementsStep, updateItemsFieldsStep, updateStockFieldsStep } from "../steps/ledger"
import { createStoneSettingsStep, markStoneUnsetStep, prepareSetStonesStep, prepareUnsetStoneStep } from "../steps/set-stones"
import { markConsumedItemsStep } from "../../jobs/steps/materials"
import type { TakeLine } from "../take"
import { syncMedusaInventoryStep } from "../steps/sync-medusa-inventory"
import { assertMoveStep, assertStatusChangeStep } from "../steps/checks"

/** Records stock items (one or many) with their opening movements and tag IDs. */
export const createStockItemsWorkflow = createWorkflow(
  "create-jewelry-stock-items",
  (input: { items: StockItemRequest[]; actor_id?: string | null; reason?: string }) => {
    const resolved = resolveNewItemsStep(input.items)
    const stepInput = transform({ resolved, input }, ({ resolved, input }) => ({
      items: resolved,
      actor_id: input.actor_id ?? null,
      reason: input.reason ?? "initial",
    }))
    const created = createStockItemsStep(stepInput)
    const pairs = transform({ created }, ({ created }) => created.pairs)
    syncMedusaInventoryStep(pairs)
    const items = transform({ created }, ({ created }) => created.items)
    // createStockItemsWorkflow.hooks.stockItemsRecorded(({ items }, { container }) => …)
    const recorded = createHook("stockItemsRecorded", { items })
    return new WorkflowResponse(items, { hooks: [recorded] })
  }
)

/** Adds or deducts weight and pieces with a reason. */
export const adjustStockItemWorkflow = createWorkflow(
  "adjust-jewelry-stock-item",
  (input: { id: string; weight_delta: string; weight_unit?: string; pieces_delta: number; note: string; actor_id?: string | null }) => {
    const moves = transform({ input }, ({ input }) => [
      {
        stock_item_id: input.id,
        weight_delta: input.weight_delta,
        weight_unit: input.weight_unit as any,
        pieces_delta: input.pieces_delta,
        reason: "adjustment",
        note: input.note,
        actor_id: input.actor_id ?? null,
      },
    ])
    const result = recordMovementsStep(moves)
    syncMedusaInventoryStep(transform({ result }, ({ result }) => result.pairs))
    return new WorkflowResponse(result)
  }
)

/** Moves an item to another location and/or rack and bin; a location change is a movement in the ledger. */
export const moveStockItemWorkflow = createWorkflow(
  "move-jewelry-stock-item",
  (input: { id: string; location_id?: string; rack?: string | null; bin?: string | null; note?: string | null; actor_id?: string | null }) => {
    const checked = assertMoveStep(input)
    const moves = transform({ input, checked }, ({ input, checked }) =>
      checked.location_changes
        ? [
            {
              stock_item_id: input.id,
              weight_delta: "0",
              pieces_delta: 0,
              reason: "transfer",
              note: input.note ?? null,
              actor_id: input.actor_id ?? null,
              to_location_id: input.location_id,
            },
          ]
        : []
    )
    const result = recordMovementsStep(moves)
    const fields = transform({ input }, ({ input }) => {
      const data: Record<string, unknown> = {}
      if (input.rack !== undefined) data.rack = input.rack
      if (input.bin !== undefined) data.bin = input.bin
      return { id: input.id, data }
    })
    const updated = updateStockFieldsStep(fields)
    syncMedusaInventoryStep(transform({ result }, ({ result }) => result.pairs))
    return new WorkflowResponse(updated.item)
  }
)

/** Changes an item's status; the ledger notes it and Medusa's stock follows the available pieces. */
export const changeStockStatusWorkflow = createWorkflow(
  "change-jewelry-stock-status",
  (input: { id: string; status: string; note?: string | null; actor_id?: string | null }) => {
    assertStatusChangeStep(input)
    const moves = transform({ input }, ({ input }) => [
      {
        stock_item_id: input.id,
        weight_delta: "0",
        pieces_delta: 0,
        reason: "status_change",
        note: `status → ${input.status}${input.note ? `: ${input.note}` : ""}`,
        actor_id: input.actor_id ?? null,
      },
    ])
    recordMovementsStep(moves)
    const updated = updateStockFieldsStep(transform({ input }, ({ input }) => ({ id: input.id, data: { status: input.status } })))
    syncMedusaInventoryStep(transform({ updated }, ({ updated }) => updated.pairs))
    return new WorkflowResponse(updated.item)
  }
)

/** SetStones: stones from stock set into a piece through the ledger; the piece lists them (its as-built record). */
export const setStonesWorkflow = createWorkflow(
  "set-stones-in-jewelry-piece",
  (input: { item_id: string; stones: TakeLine[]; actor_id?: string | null; location_ids?: string[] | null }) => {
    const prepared = prepareSetStonesStep(input)
    const ledger = recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
    const settings = createStoneSettingsStep(
      transform({ prepared, ledger }, ({ prepared, ledger }) => ({ item_id: prepared.item_id, settings: prepared.settings, movements: ledger.movements }))
    )
    updateItemsFieldsStep(transform({ prepared }, ({ prepared }) => prepared.item_updates))
    markConsumedItemsStep(transform({ prepared }, ({ prepared }) => prepared.stone_ids)).config({ name: "mark-set-stones-used-up" })
    syncMedusaInventoryStep(transform({ ledger }, ({ ledger }) => ledger.pairs))
    return new WorkflowResponse(settings)
  }
)

/** Unsetting a stone: back to stock through the ledger, off the piece's weight and cost. */
export const unsetStoneWorkflow = createWorkflow(
  "unset-stone-from-jewelry-piece",
  (input: { item_id: string; setting_id: string; actor_id?: string | null; location_ids?: string[] | null }) => {
    const prepared = prepareUnsetStoneStep(input)
    const ledger = recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
    updateItemsFieldsStep(transform({ prepared }, ({ prepared }) => prepared.item_updates))
    markStoneUnsetStep(transform({ input }, ({ input }) => ({ setting_id: input.setting_id, actor_id: input.actor_id ?? null })))
    syncMedusaInventoryStep(transform({ ledger }, ({ ledger }) => ledger.pairs))
    return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.setting.id, unset: true })))
  }
)
