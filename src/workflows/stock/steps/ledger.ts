import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import type { MovementInput, NewStockItem } from "../../../modules/stock/service"
import { LocationPair, syncMedusaLevels } from "./sync-medusa-inventory"

export type { LocationPair }

/** Creates items with their opening movements; undone by removing them and their movements. */
export const createStockItemsStep = createStep(
  "create-jewelry-stock-items",
  async (
    input: { items: NewStockItem[]; actor_id?: string | null; reason?: string; reference_type?: string | null; reference_id?: string | null },
    { container }
  ) => {
    const service: StockModuleService = container.resolve(STOCK_MODULE)
    const created = await service.createItemsWithLedger(input.items, {
      actor_id: input.actor_id,
      reason: input.reason,
      reference_type: input.reference_type,
      reference_id: input.reference_id,
    })
    const pairs: LocationPair[] = created.map((i: any) => ({ variant_id: i.variant_id, location_id: i.location_id }))
    return new StepResponse({ items: created, pairs }, { ids: created.map((i: any) => i.id as string), pairs })
  },
  async (undo, { container }) => {
    if (!undo?.ids?.length) return
    await (container.resolve(STOCK_MODULE) as StockModuleService).undoLedger({ created_item_ids: undo.ids })
    // Medusa's level follows the bench again, whatever another request synced meanwhile.
    await syncMedusaLevels(container, undo.pairs)
  }
)

/** Appends movements; undone by applying their inverse and erasing them. */
export const recordMovementsStep = createStep(
  "record-jewelry-stock-movements",
  async (moves: MovementInput[], { container }) => {
    const service: StockModuleService = container.resolve(STOCK_MODULE)
    const result = await service.recordMovements(moves)
    const pairs: LocationPair[] = result.items.flatMap((i) => [
      { variant_id: i.variant_id, location_id: i.location_id },
      ...(i.previous_location_id !== i.location_id ? [{ variant_id: i.variant_id, location_id: i.previous_location_id }] : []),
    ])
    return new StepResponse({ ...result, pairs }, { movement_ids: result.movements.map((m) => m.id), pairs })
  },
  async (undo, { container }) => {
    if (!undo?.movement_ids?.length) return
    await (container.resolve(STOCK_MODULE) as StockModuleService).undoLedger({ movement_ids: undo.movement_ids })
    // A deduction undone after another request synced Medusa from it would leave Medusa short: sync again.
    await syncMedusaLevels(container, undo.pairs)
  }
)

/** Changes fields that are not weight or pieces (status, rack, bin, image, notes); undone by restoring them. */
export const updateStockFieldsStep = createStep(
  "update-jewelry-stock-fields",
  async (input: { id: string; data: Record<string, unknown> }, { container }) => {
    const service: StockModuleService = container.resolve(STOCK_MODULE)
    const current: any = await service.retrieveStockItem(input.id)
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of Object.keys(input.data)) previous[key] = current[key]
    const updated: any = await service.updateStockItems({ id: input.id, ...input.data } as any)
    const pairs: LocationPair[] = [{ variant_id: current.variant_id, location_id: current.location_id }]
    return new StepResponse({ item: updated, pairs }, { previous, pairs })
  },
  async (undo, { container }) => {
    if (!undo) return
    await (container.resolve(STOCK_MODULE) as StockModuleService).updateStockItems(undo.previous as any)
    await syncMedusaLevels(container, undo.pairs)
  }
)

/** Changes fields of several items (status, cost basis …) at once; undone by restoring them, Medusa's levels synced again. */
export const updateItemsFieldsStep = createStep(
  "update-jewelry-stock-items-fields",
  async (updates: { id: string; data: Record<string, unknown> }[], { container }) => {
    if (!updates?.length) return new StepResponse([] as any[], { previous: [] as Record<string, unknown>[], pairs: [] as LocationPair[] })
    const service: StockModuleService = container.resolve(STOCK_MODULE)
    const current: any[] = await service.listStockItems({ id: updates.map((u) => u.id) }, { take: updates.length })
    const previous = updates.map((u) => {
      const c = current.find((x) => x.id === u.id)
      return { id: u.id, ...Object.fromEntries(Object.keys(u.data).map((k) => [k, c?.[k] ?? null])) }
    })
    const updated = (await service.updateStockItems(updates.map((u) => ({ id: u.id, ...u.data })) as any)) as unknown as any[]
    const pairs: LocationPair[] = current.map((c) => ({ variant_id: c.variant_id, location_id: c.location_id }))
    return new StepResponse(updated, { previous, pairs })
  },
  async (undo, { container }) => {
    if (!undo?.previous?.length) return
    await (container.resolve(STOCK_MODULE) as StockModuleService).updateStockItems(undo.previous as any)
    await syncMedusaLevels(container, undo.pairs)
  }
)
