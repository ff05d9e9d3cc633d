import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules, OrderStatus } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import type { NewStockItem } from "../../../modules/stock/service"
import { STOCK_MODULE } from "../../../modules/stock"
import { ledgerGrams } from "../../../lib/ledger"
import { parsePurity } from "../../../lib/purity"
import { tagStem } from "../../../lib/tags"
import { formatDecimal, isWeightUnit, toDecimal, WeightUnit } from "../../../lib/units"
import { jobNumber } from "../../jobs/steps/common"
import type { CreateJobInput } from "../../jobs/steps/create-job"
import { canMoveRepair } from "../../../lib/job-kinds"
import type { TakeInRepairBody } from "../../../types/repairs"

const production = (container: any): ProductionModuleService => container.resolve(PRODUCTION_MODULE)
const bad = (field: string, message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)

/** What the take-in form sends, and who takes the piece in where. */
export type RepairIntakeInput = TakeInRepairBody & {
  actor_id?: string | null
  location_ids?: string[] | null
}

/**
 * Checks a piece a customer brings in and works out what is recorded: the
 * piece as a tagged item the shop holds in custody (the customer's, never
 * stock), the repair job that works on it and the repair's own record.
 * Writes nothing.
 */
export const prepareRepairIntakeStep = createStep("prepare-jewelry-repair-intake", async (input: RepairIntakeInput, { container }) => {
  const service = production(container)
  const settings = await service.getSettings()
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: [input.customer_id] }, { take: 1 })
  if (!customer) throw bad("customer_id", `customer "${input.customer_id}" does not exist`)
  if (!input.description?.trim()) throw bad("description", "describe the piece and the work (resize, retip, clean…)")
  if (input.location_ids && !input.location_ids.includes(input.location_id)) throw bad("location_id", "you can only take pieces in at your own locations")
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: [input.location_id] })
  if (!location) throw bad("location_id", `stock location "${input.location_id}" does not exist`)
  const types: any[] = await service.listInventoryTypes({}, { order: { rank: "ASC" }, take: null as any })
  const type = input.inventory_type_id ? types.find((t) => t.id === input.inventory_type_id) : types.find((t) => t.kind === "finished")
  if (!type) throw bad("inventory_type_id", `unknown inventory type "${input.inventory_type_id ?? ""}"`)
  const unit = input.weight_unit ?? settings.default_weight_unit
  if (!isWeightUnit(unit)) throw bad("weight_unit", `unknown unit "${unit}"`)
  let weight
  try {
    weight = toDecimal(input.take_in_weight)
  } catch {
    throw bad("take_in_weight", "must be a decimal number")
  }
  if (weight.isLessThanOrEqualTo(0)) throw bad("take_in_weight", "weigh the piece on the bench: over 0")
  // A declared purity that reads as one gives the piece its fine weight; anything else stays as written.
  let purity: { metal: string; fineness: string } | null = null
  if (input.declared_metal) {
    try {
      purity = parsePurity(input.declared_metal, { karatTable: (settings.karat_table as any) ?? null })
    } catch {
      purity = null
    }
  }
  let estimate: string | null = null
  if (input.estimate_amount !== undefined && input.estimate_amount !== null && input.estimate_amount !== "") {
    estimate = toDecimal(input.estimate_amount).toFixed()
    if (!input.currency_code) throw bad("currency_code", "give the estimate's currency")
  }
  const promised = input.promised_date ? new Date(input.promised_date) : null
  const piece: NewStockItem = {
    tag_stem: tagStem(settings.tag_prefix, "REP"),
    product_id: null,
    variant_id: null,
    inventory_kind: type.kind,
    inventory_type_id: type.id,
    quality: input.declared_metal ?? null,
    metal: purity?.metal ?? null,
    fineness: purity?.fineness ?? null,
    weight: formatDecimal(weight),
    weight_unit: unit as WeightUnit,
    pieces: 1,
    location_id: location.id,
    status: "available",
    ownership: "customer",
    customer_id: customer.id,
    notes: `${[customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email}'s piece, in for repair: ${input.description.trim()}`,
  }
  const job: CreateJobInput = {
    kind: "repair",
    mode: "simple",
    title: `Repair: ${input.description.trim()}`.slice(0, 200),
    description: [input.condition_notes, input.declared_stones ? `Stones: ${input.declared_stones}` : null].filter(Boolean).join("\n") || null,
    customer_id: customer.id,
    weight_unit: unit,
    rush: input.rush ?? false,
    target_date: promised ? promised.toISOString() : null,
    start_stage_id: input.start_stage_id ?? null,
    created_by: input.actor_id ?? null,
  }
  const ticket = {
    customer_id: customer.id,
    status: estimate ? "estimated" : "intake",
    description: input.description.trim(),
    photos: input.photos ?? [],
    condition_notes: input.condition_notes ?? null,
    declared_metal: input.declared_metal ?? null,
    declared_stones: input.declared_stones ?? null,
    take_in_weight: formatDecimal(weight),
    weight_unit: unit,
    take_in_grams: ledgerGrams(weight, unit as WeightUnit).toFixed(),
    estimate_amount: estimate,
    currency_code: input.currency_code ? input.currency_code.toLowerCase() : null,
    estimate_notes: input.estimate_notes ?? null,
    estimated_at: estimate ? new Date() : null,
    promised_date: promised,
    created_by: input.actor_id ?? null,
  }
  return new StepResponse({ piece, job, ticket })
})

/** The repair's record, tied to its job and the customer's piece; undone by deleting it. */
export const createRepairTicketStep = createStep(
  "create-jewelry-repair",
  async (input: { ticket: Record<string, any>; job_id: string; stock_item_id: string }, { container }) => {
    const service = production(container)
    await service.updateProductionJobs({ id: input.job_id, repair_item_id: input.stock_item_id } as any)
    const ticket: any = await service.createRepairTickets({ ...(input.ticket as any), job_id: input.job_id, stock_item_id: input.stock_item_id })
    return new StepResponse(ticket, ticket.id as string)
  },
  async (id, { container }) => {
    if (id) await production(container).deleteRepairTickets(id)
  }
)

type HandBackInput = { id: string; out_weight: string; weight_unit?: string; acknowledged_name: string; actor_id?: string | null }

/** The piece leaving the shop's custody: measured again, acknowledged by the customer, its record going to nothing (kept with its history). */
async function handBack(container: any, ticket: any, input: HandBackInput, note: string) {
  if (!input.acknowledged_name?.trim()) throw bad("acknowledged_name", "the customer types their name to acknowledge the hand-back")
  const unit = input.weight_unit ?? ticket.weight_unit
  if (!isWeightUnit(unit)) throw bad("weight_unit", `unknown unit "${unit}"`)
  let out
  try {
    out = toDecimal(input.out_weight)
  } catch {
    throw bad("out_weight", "must be a decimal number")
  }
  if (out.isLessThanOrEqualTo(0)) throw bad("out_weight", "weigh the piece again: over 0")
  const [item]: any[] = await (container.resolve(STOCK_MODULE) as any).listStockItems({ id: ticket.stock_item_id }, { take: 1 })
  if (!item) throw bad("stock_item_id", "the customer's piece is no longer on record")
  return {
    out: { out_weight: formatDecimal(out), out_grams: ledgerGrams(out, unit as WeightUnit).toFixed() },
    moves: [
      {
        stock_item_id: item.id,
        weight_delta: toDecimal(String(item.weight)).negated().toFixed(),
        pieces_delta: -item.pieces,
        reason: "pickup",
        note: `${note} ${input.acknowledged_name.trim()}`,
        actor_id: input.actor_id ?? null,
        reference_type: "repair",
        reference_id: ticket.id,
      },
    ],
    item_updates: [{ id: item.id, data: { status: "returned" } }],
  }
}

/**
 * Pickup checks: the repair is ready (its job closed), the customer's name
 * is given as their acknowledgement, and the weight is measured again.
 * Works out the piece leaving the shop's custody. Writes nothing.
 */
export const preparePickupStep = createStep("prepare-jewelry-repair-pickup", async (input: HandBackInput, { container }) => {
  const service = production(container)
  const [ticket]: any[] = await service.listRepairTickets({ id: input.id } as any, { take: 1 })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair with id "${input.id}" was not found`)
  if (ticket.status === "picked_up") throw new MedusaError(MedusaError.Types.CONFLICT, `status: this repair was picked up on ${new Date(ticket.acknowledged_at).toISOString().slice(0, 10)}`)
  if (ticket.status !== "ready") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: the repair is ${ticket.status.replace("_", " ")}, not ready for pickup`)
  const [job]: any[] = await service.listProductionJobs({ id: ticket.job_id }, { take: 1 })
  return new StepResponse({ ticket, job_number: job ? jobNumber(job) : null, ...(await handBack(container, ticket, input, "Picked up by")) })
})

/**
 * Returning a piece unrepaired (the customer declines the estimate, or the
 * work cannot be done): allowed before the work has taken anything from the
 * bench, i.e. while the repair job has no material issued. The piece is
 * handed back as at pickup (weighed, acknowledged) and nothing is charged.
 * Writes nothing.
 */
export const prepareReturnUnrepairedStep = createStep(
  "prepare-jewelry-repair-return",
  async (input: HandBackInput & { reason: string }, { container }) => {
    const service = production(container)
    const [ticket]: any[] = await service.listRepairTickets({ id: input.id } as any, { take: 1 })
    if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair with id "${input.id}" was not found`)
    if (!canMoveRepair(ticket.status, "cancelled") || ticket.status === "ready") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: the repair is ${ticket.status.replace("_", " ")}; ${ticket.status === "ready" ? "it is ready for pickup" : "it cannot be returned unrepaired now"}`)
    }
    const [job]: any[] = await service.listProductionJobs({ id: ticket.job_id }, { take: 1 })
    const issued = await service.listProductionJobMaterials({ job_id: ticket.job_id, removed_at: null } as any, { take: 1, select: ["id"] })
    if (issued.length || (job && !["open", "in_progress"].includes(job.status))) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `status: ${job ? jobNumber(job) : "the repair job"} has ${issued.length ? "material issued on the bench" : `gone on to ${job.status}`}; finish the repair, or take the material back, before returning the piece unrepaired`
      )
    }
    return new StepResponse({ ticket, job, ...(await handBack(container, ticket, input, "Returned unrepaired to")) })
  }
)

/** Claims the return once, from the status it was in; undone by putting that status back. */
export const claimReturnStep = createStep(
  "claim-jewelry-repair-return",
  async (input: { id: string; from: string; data: Record<string, unknown> }, { container }) => {
    const claimed = await production(container).claimRepairStatus(input.id, input.from, "cancelled", input.data)
    if (!claimed) throw new MedusaError(MedusaError.Types.CONFLICT, "status: this repair changed meanwhile; look again before returning the piece")
    return new StepResponse(claimed, { id: input.id, from: input.from })
  },
  async (undo, { container }) => {
    if (undo) {
      await production(container).updateRepairTickets({ id: undo.id, status: undo.from, out_weight: null, out_grams: null, acknowledged_name: null, acknowledged_at: null, picked_up_by: null, cancel_reason: null, cancelled_at: null } as any)
    }
  }
)

/** The repair job of a piece returned unrepaired is cancelled; undone by putting its status back. */
export const cancelRepairJobStep = createStep(
  "cancel-jewelry-repair-job",
  async (input: { job_id: string }, { container }) => {
    const service = production(container)
    const [job]: any[] = await service.listProductionJobs({ id: input.job_id }, { take: 1, select: ["id", "status"] })
    if (!job || job.status === "cancelled") return new StepResponse(null, null)
    await service.updateProductionJobs({ id: job.id, status: "cancelled" } as any)
    return new StepResponse({ id: job.id }, { id: job.id, status: job.status })
  },
  async (undo, { container }) => {
    if (undo) await production(container).updateProductionJobs(undo as any)
  }
)

/** Claims the pickup once: two at the same time record one pickup. Undone by putting the repair back to ready. */
export const claimPickupStep = createStep(
  "claim-jewelry-repair-pickup",
  async (input: { id: string; data: Record<string, unknown> }, { container }) => {
    const claimed = await production(container).claimRepairStatus(input.id, "ready", "picked_up", input.data)
    if (!claimed) throw new MedusaError(MedusaError.Types.CONFLICT, "status: this repair is being picked up or was picked up already")
    return new StepResponse(claimed, input.id)
  },
  async (id, { container }) => {
    if (id) {
      await production(container).updateRepairTickets({ id, status: "ready", out_weight: null, out_grams: null, acknowledged_name: null, acknowledged_at: null, picked_up_by: null } as any)
    }
  }
)

/**
 * What charging a repair through Medusa takes: a draft order for the
 * customer with the repair at its approved estimate, which the admin
 * completes (payment stays in Medusa). Works out the order to create, or
 * none when it is already charged (or, at pickup, when there is nothing to
 * pay). Writes nothing.
 */
export const prepareRepairChargeStep = createStep(
  "prepare-jewelry-repair-charge",
  async (input: { id: string; if_estimated?: boolean }, { container }) => {
    const service = production(container)
    const [ticket]: any[] = await service.listRepairTickets({ id: input.id } as any, { take: 1 })
    if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair with id "${input.id}" was not found`)
    const none = (draft_order_id: string | null) => new StepResponse({ ticket_id: ticket.id as string, draft_order_id, order: null as Record<string, any> | null })
    if (ticket.draft_order_id || ticket.order_id) return none(ticket.draft_order_id ?? null)
    if (ticket.estimate_amount === null || ticket.estimate_amount === undefined) {
      // A repair done for nothing is picked up with nothing to pay.
      if (input.if_estimated) return none(null)
      throw bad("estimate_amount", "give the repair an estimate before charging it")
    }
    // The customer pays for what they approved: no charge on an estimate they have not agreed to.
    if (!["approved", "ready", "picked_up"].includes(ticket.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: the repair is ${ticket.status}; the customer approves the estimate before it is charged`)
    }
    const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: ticket.currency_code }, { take: 1 })
    if (!region) throw bad("currency_code", `no region of the store sells in ${String(ticket.currency_code).toUpperCase()}`)
    const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: [ticket.customer_id] }, { take: 1 })
    const [job]: any[] = await service.listProductionJobs({ id: ticket.job_id }, { take: 1 })
    return new StepResponse({
      ticket_id: ticket.id as string,
      draft_order_id: null as string | null,
      order: {
        status: OrderStatus.DRAFT,
        is_draft_order: true,
        region_id: region.id,
        currency_code: ticket.currency_code,
        customer_id: ticket.customer_id,
        email: customer?.email,
        no_notification: true,
        items: [{ title: `Repair ${job ? jobNumber(job) : ""}: ${ticket.description}`.slice(0, 250), quantity: 1, unit_price: String(ticket.raw_estimate_amount?.value ?? ticket.estimate_amount), requires_shipping: false }],
        metadata: { jewelry_repair_id: ticket.id },
      } as Record<string, any> | null,
    })
  }
)

/**
 * Links the repair to the draft order just made, once: when another charge
 * got there first, this one fails and Medusa's own compensation removes the
 * order it made. Undone by unlinking.
 */
export const claimRepairChargeStep = createStep(
  "claim-jewelry-repair-charge",
  async (input: { ticket_id: string; order_id: string }, { container }) => {
    if (!(await production(container).claimRepairCharge(input.ticket_id, input.order_id))) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "status: this repair was charged a moment ago; open its draft order")
    }
    return new StepResponse(input.order_id, input.ticket_id)
  },
  async (ticketId, { container }) => {
    if (ticketId) await production(container).updateRepairTickets({ id: ticketId, draft_order_id: null } as any)
  }
)
