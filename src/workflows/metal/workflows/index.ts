import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import { createStockItemsStep, recordMovementsStep } from "../../stock/steps/ledger"
import { syncMedusaInventoryStep } from "../../stock/steps/sync-medusa-inventory"
import { markConsumedItemsStep } from "../../jobs/steps/materials"
import { toDecimal } from "../../../lib/units"
import {
  claimLotStep,
  createRefiningLotStep,
  CreateRefiningLotInput,
  finalizeRefiningLotStep,
  markLotSentStep,
  prepareRefiningCancelStep,
  prepareRefiningLotStep,
  prepareRefiningReceiptStep,
  RefiningOutput,
  releaseRefiningSourcesStep,
} from "../steps/refining"
import { createMeltLotStep, CreateMeltLotInput, finalizeMeltLotStep, prepareMeltCancelStep, prepareMeltLotStep, prepareMeltOutputStep } from "../steps/melt"

/** Items a cancelled lot gives stock back to are available again; undone by marking them issued. */
const reopenItemsStep = createStep(
  "reopen-metal-lot-items",
  async (ids: string[], { container }) => {
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const items: any[] = ids.length ? await stock.listStockItems({ id: ids, status: "issued" }, { take: ids.length }) : []
    const reopen = items.filter((i) => !toDecimal(String(i.weight)).isZero() || i.pieces > 0).map((i) => i.id as string)
    if (reopen.length) await stock.updateStockItems(reopen.map((id) => ({ id, status: "available" })) as any)
    return new StepResponse(reopen, reopen)
  },
  async (ids, { container }) => {
    if (ids?.length) await (container.resolve(STOCK_MODULE) as StockModuleService).updateStockItems(ids.map((id) => ({ id, status: "issued" })) as any)
  }
)

/** Collects waste, sweeps and scrap into a refining lot; scrap leaves stock through the ledger. */
export const createRefiningLotWorkflow = createWorkflow("create-refining-lot", (input: CreateRefiningLotInput) => {
  const prepared = prepareRefiningLotStep(input)
  const ledger = recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
  const lot = createRefiningLotStep(transform({ prepared, ledger }, ({ prepared, ledger }) => ({ lot: prepared.lot, sources: prepared.sources, movements: ledger.movements })))
  markConsumedItemsStep(transform({ prepared }, ({ prepared }) => prepared.scrap_item_ids))
  syncMedusaInventoryStep(transform({ ledger }, ({ ledger }) => ledger.pairs))
  return new WorkflowResponse(lot)
})

/** Sends an open lot to its refiner. */
export const sendRefiningLotWorkflow = createWorkflow("send-refining-lot", (input: { id: string; supplier_id?: string | null; sent_at?: string | null }) => {
  claimLotStep(transform({ input }, ({ input }) => ({ table: "jewelry_refining_lot" as const, id: input.id, from: ["open"], to: "sent", what: "Refining lot" })))
  markLotSentStep(input)
  return new WorkflowResponse(input.id)
})

/**
 * Receives a lot back from the refiner, once, whole or not at all: fine
 * metal (and any stones) into stock through the ledger, the refining loss %
 * and each source's share of what came back.
 */
export const receiveRefiningLotWorkflow = createWorkflow(
  "receive-refining-lot",
  (input: { id: string; location_id: string; outputs: RefiningOutput[]; charges?: string | null; currency_code?: string | null; actor_id?: string | null; location_ids: string[] | null }) => {
    claimLotStep(transform({ input }, ({ input }) => ({ table: "jewelry_refining_lot" as const, id: input.id, from: ["open", "sent"], to: "receiving", what: "Refining lot" })))
    const prepared = prepareRefiningReceiptStep(input)
    const created = createStockItemsStep(
      transform({ prepared, input }, ({ prepared, input }) => ({
        items: prepared.items as any[],
        actor_id: input.actor_id ?? null,
        reason: "refining_receipt",
        reference_type: "refining_lot",
        reference_id: input.id,
      }))
    )
    const lot = finalizeRefiningLotStep(
      transform({ prepared, created, input }, ({ prepared, created, input }) => ({
        id: input.id,
        location_id: input.location_id,
        fine_received: prepared.fine_received,
        loss_pct: prepared.loss_pct,
        shares: prepared.shares,
        item_ids: created.items.map((i: any) => i.id as string),
        charges: prepared.charges,
        currency_code: prepared.currency_code,
      }))
    )
    syncMedusaInventoryStep(transform({ created }, ({ created }) => created.pairs))
    return new WorkflowResponse(transform({ lot, created }, ({ lot, created }) => ({ lot, items: created.items })))
  }
)

/** Cancels an open lot: its scrap goes back to stock, its receipts' waste can go into another lot. */
export const cancelRefiningLotWorkflow = createWorkflow("cancel-refining-lot", (input: { id: string; actor_id?: string | null }) => {
  claimLotStep(transform({ input }, ({ input }) => ({ table: "jewelry_refining_lot" as const, id: input.id, from: ["open"], to: "cancelled", what: "Refining lot" })))
  const prepared = prepareRefiningCancelStep(input)
  const ledger = recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
  reopenItemsStep(transform({ prepared }, ({ prepared }) => prepared.moves.map((m) => m.stock_item_id)))
  releaseRefiningSourcesStep(transform({ prepared }, ({ prepared }) => ({ source_ids: prepared.source_ids })))
  syncMedusaInventoryStep(transform({ ledger }, ({ ledger }) => ledger.pairs))
  return new WorkflowResponse(input.id)
})

/** Takes stock items out of stock into a melt. */
export const createMeltLotWorkflow = createWorkflow("create-melt-lot", (input: CreateMeltLotInput) => {
  const prepared = prepareMeltLotStep(input)
  const ledger = recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
  const lot = createMeltLotStep(transform({ prepared, ledger }, ({ prepared, ledger }) => ({ lot: prepared.lot, rows: prepared.rows, movements: ledger.movements })))
  markConsumedItemsStep(transform({ prepared }, ({ prepared }) => prepared.rows.map((r) => r.stock_item_id as string))).config({ name: "mark-melted-items" })
  syncMedusaInventoryStep(transform({ ledger }, ({ ledger }) => ledger.pairs))
  return new WorkflowResponse(lot)
})

/** Records what came out of the crucible, once: a new stock item of the lot's purity; fine out + melting loss = fine in. */
export const completeMeltLotWorkflow = createWorkflow(
  "complete-melt-lot",
  (input: { id: string; output_weight?: string | null; weight_unit?: string; loss_fine_weight?: string | null; inventory_type_id?: string; actor_id?: string | null }) => {
    claimLotStep(transform({ input }, ({ input }) => ({ table: "jewelry_melt_lot" as const, id: input.id, from: ["open"], to: "melting", what: "Melt lot" })))
    const prepared = prepareMeltOutputStep(input)
    const created = createStockItemsStep(
      transform({ prepared, input }, ({ prepared, input }) => ({
        items: [prepared.item as any],
        actor_id: input.actor_id ?? null,
        reason: "melt_output",
        reference_type: "melt_lot",
        reference_id: input.id,
      }))
    )
    const lot = finalizeMeltLotStep(transform({ prepared, created, input }, ({ prepared, created, input }) => ({ id: input.id, outcome: prepared.outcome, item_id: created.items[0].id })))
    syncMedusaInventoryStep(transform({ created }, ({ created }) => created.pairs))
    return new WorkflowResponse(transform({ lot, created }, ({ lot, created }) => ({ lot, item: created.items[0] })))
  }
)

export const cancelMeltLotWorkflow = createWorkflow("cancel-melt-lot", (input: { id: string; actor_id?: string | null }) => {
  claimLotStep(transform({ input }, ({ input }) => ({ table: "jewelry_melt_lot" as const, id: input.id, from: ["open"], to: "cancelled", what: "Melt lot" })))
  const prepared = prepareMeltCancelStep(input)
  const ledger = recordMovementsStep(transform({ prepared }, ({ prepared }) => prepared.moves))
  reopenItemsStep(transform({ prepared }, ({ prepared }) => prepared.moves.map((m) => m.stock_item_id)))
  syncMedusaInventoryStep(transform({ ledger }, ({ ledger }) => ledger.pairs))
  return new WorkflowResponse(input.id)
})
