import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { canMoveRepair } from "../../../lib/job-kinds"

const production = (container: any): ProductionModuleService => container.resolve(PRODUCTION_MODULE)

export async function retrieveRepair(container: any, id: string) {
  const [ticket]: any[] = await production(container).listRepairTickets({ id } as any, { take: 1 })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair with id "${id}" was not found`)
  return ticket
}

/** Moves a repair to its next status with the fields that go with it; undone by putting them back. */
export const moveRepairStep = createStep(
  "move-jewelry-repair",
  async (input: { id?: string; job_id?: string; to: string; data?: Record<string, unknown>; optional?: boolean }, { container }) => {
    const service = production(container)
    const [ticket]: any[] = await service.listRepairTickets((input.id ? { id: input.id } : { job_id: input.job_id }) as any, { take: 1 })
    if (!ticket) {
      if (input.optional) return new StepResponse(null, null)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair with id "${input.id}" was not found`)
    }
    if (!canMoveRepair(ticket.status, input.to)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: the repair is ${ticket.status.replace("_", " ")}; it cannot be ${input.to.replace("_", " ")} now`)
    }
    const data = { status: input.to, ...(input.data ?? {}) }
    const previous = { id: ticket.id, ...Object.fromEntries(Object.keys(data).map((k) => [k, ticket[k] ?? null])) }
    const updated = await service.updateRepairTickets({ id: ticket.id, ...data } as any)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous) await production(container).updateRepairTickets(previous as any)
  }
)
