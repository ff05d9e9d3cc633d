import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"

export async function retrieveStockItemOr404(service: StockModuleService, id: string) {
  const [item] = await service.listStockItems({ id }, { take: 1 })
  if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock item with id "${id}" was not found`)
  return item as any
}

export const assertMoveStep = createStep(
  "assert-jewelry-stock-move",
  async (input: { id: string; location_id?: string }, { container }) => {
    const item = await retrieveStockItemOr404(container.resolve(STOCK_MODULE), input.id)
    if (input.location_id && input.location_id !== item.location_id) {
      const found = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: [input.location_id] })
      if (!found.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `location_id: stock location "${input.location_id}" does not exist`)
      }
      return new StepResponse({ location_changes: true })
    }
    return new StepResponse({ location_changes: false })
  }
)

/** Sold and scrapped are ends of the road; issued items come back through their job, not by hand. */
const ALLOWED: Record<string, string[]> = {
  available: ["reserved", "sold", "scrapped"],
  reserved: ["available", "sold", "scrapped"],
  issued: [],
  sold: ["available"],
  scrapped: [],
  returned: [],
}

export const assertStatusChangeStep = createStep(
  "assert-jewelry-stock-status-change",
  async (input: { id: string; status: string }, { container }) => {
    const item = await retrieveStockItemOr404(container.resolve(STOCK_MODULE), input.id)
    if (item.status === input.status) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `status: ${item.tag_id} is already ${input.status}`)
    }
    if (item.ownership === "customer") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: ${item.tag_id} is a customer's piece; it moves through its repair (take-in, the job, pickup)`)
    }
    if (!ALLOWED[item.status]?.includes(input.status)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `status: ${item.tag_id} cannot go from ${item.status} to ${input.status}`)
    }
    return new StepResponse(true)
  }
)
