import BigNumber from "bignumber.js"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import type { MovementInput } from "../../../modules/stock/service"
import { ledgerGrams } from "../../../lib/ledger"
import { formatDecimal, toDecimal } from "../../../lib/units"
import { amountToTake, TakeLine } from "../take"

const stock = (container: any): StockModuleService => container.resolve(STOCK_MODULE)
const bad = (field: string, message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)

async function visibleItem(container: any, id: string, location_ids: string[] | null | undefined, field: string) {
  const [item]: any[] = await stock(container).listStockItems({ id }, { take: 1 })
  if (!item || (location_ids && !location_ids.includes(item.location_id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${field}: stock item "${id}" was not found`)
  }
  return item
}

/**
 * SetStones (seed 003): stones set into a piece with no bench labour to
 * track are not a job. Each stone (exact pieces and carats, or all of it)
 * leaves stock through the ledger into the piece, whose weight grows by the
 * stones' weight and cost basis by their cost. Writes nothing.
 */
export const prepareSetStonesStep = createStep(
  "prepare-set-stones",
  async (input: { item_id: string; stones: TakeLine[]; actor_id?: string | null; location_ids?: string[] | null }, { container }) => {
    const item = await visibleItem(container, input.item_id, input.location_ids, "id")
    if (item.ownership === "customer") throw bad("id", `${item.tag_id} is a customer's piece; set stones in it through its repair job`)
    if (!["available", "reserved"].includes(item.status)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: ${item.tag_id} is ${item.status}; stones are set in pieces on hand`)
    if (!input.stones?.length) throw bad("stones", "pick at least one stone")
    const ids = input.stones.map((s) => s.stock_item_id)
    if (new Set(ids).size !== ids.length) throw bad("stones", "a stone is listed twice")
    if (ids.includes(item.id)) throw bad("stones", "a piece cannot be set into itself")
    const stones: any[] = await stock(container).listStockItems({ id: ids }, { take: ids.length })
    const moves: MovementInput[] = []
    const settings: Record<string, any>[] = []
    let grams = new BigNumber(0)
    let cost = new BigNumber(0)
    input.stones.forEach((line, idx) => {
      const at = `stones[${idx}].`
      const stone = stones.find((s) => s.id === line.stock_item_id && (!input.location_ids || input.location_ids.includes(s.location_id)))
      if (!stone) throw bad(`${at}stock_item_id`, `stock item "${line.stock_item_id}" does not exist`)
      if (stone.ownership === "customer") throw bad(`${at}stock_item_id`, `${stone.tag_id} is a customer's piece`)
      if (stone.status !== "available") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${at}stock_item_id: ${stone.tag_id} is ${stone.status}, not available`)
      const take = amountToTake(stone, line, at, "set")
      const g = ledgerGrams(take.weight, take.unit)
      grams = grams.plus(g)
      cost = cost.plus(take.cost)
      moves.push({
        stock_item_id: stone.id,
        weight_delta: take.weight.negated().toFixed(),
        pieces_delta: -take.pieces,
        reason: "set_stones",
        note: `Set into ${item.tag_id}`,
        actor_id: input.actor_id ?? null,
        reference_type: "stock_item",
        reference_id: item.id,
      })
      settings.push({
        stone_item_id: stone.id,
        stone_tag_id: stone.tag_id,
        product_id: stone.product_id,
        shape: stone.shape,
        size: stone.size,
        color: stone.color,
        quality: stone.quality,
        pieces: take.pieces,
        weight: formatDecimal(take.weight),
        weight_unit: take.unit,
        grams: g.toFixed(),
        cost: take.cost.decimalPlaces(4, BigNumber.ROUND_HALF_UP).toFixed(),
        set_by: input.actor_id ?? null,
      })
    })
    // The piece grows by the stones' weight (kept in its own unit by the ledger); its pieces stay one piece.
    moves.push({
      stock_item_id: item.id,
      weight_delta: grams.toFixed(),
      weight_unit: "g",
      pieces_delta: 0,
      reason: "set_stones",
      note: `${settings.length === 1 ? settings[0].stone_tag_id : `${settings.length} stones`} set`,
      actor_id: input.actor_id ?? null,
      reference_type: "stock_item",
      reference_id: item.id,
    })
    const costBasis = new BigNumber(String(item.cost_basis ?? 0)).plus(cost).decimalPlaces(4, BigNumber.ROUND_HALF_UP).toFixed()
    return new StepResponse({ item_id: item.id, moves, settings, item_updates: [{ id: item.id, data: { cost_basis: costBasis } }], stone_ids: ids })
  }
)

/** Lists the stones on the piece (its as-built record); undone by removing the rows. */
export const createStoneSettingsStep = createStep(
  "create-stone-settings",
  async (input: { item_id: string; settings: Record<string, any>[]; movements: { id: string; stock_item_id: string }[] }, { container }) => {
    const itemMove = input.movements.find((m) => m.stock_item_id === input.item_id)
    const rows = input.settings.map((s) => ({
      ...s,
      item_id: input.item_id,
      stone_movement_id: input.movements.find((m) => m.stock_item_id === s.stone_item_id)?.id ?? null,
      item_movement_id: itemMove?.id ?? null,
    }))
    const created = (await stock(container).createStoneSettings(rows as any)) as unknown as any[]
    return new StepResponse(created, created.map((c) => c.id as string))
  },
  async (ids, { container }) => {
    if (ids?.length) await stock(container).deleteStoneSettings(ids)
  }
)

/** Unsetting a stone gives it back to stock and takes its weight and cost off the piece. Writes nothing. */
export const prepareUnsetStoneStep = createStep(
  "prepare-unset-stone",
  async (input: { item_id: string; setting_id: string; actor_id?: string | null; location_ids?: string[] | null }, { container }) => {
    const item = await visibleItem(container, input.item_id, input.location_ids, "id")
    const [setting]: any[] = await stock(container).listStoneSettings({ id: input.setting_id, item_id: item.id } as any, { take: 1 })
    if (!setting) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stone setting with id "${input.setting_id}" was not found on ${item.tag_id}`)
    if (setting.unset_at) throw new MedusaError(MedusaError.Types.CONFLICT, `setting_id: ${setting.stone_tag_id} was already taken out of ${item.tag_id}`)
    if (!["available", "reserved"].includes(item.status)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: ${item.tag_id} is ${item.status}; its record of stones stays as it was`)
    const moves: MovementInput[] = [
      {
        stock_item_id: item.id,
        weight_delta: toDecimal(String(setting.grams)).negated().toFixed(),
        weight_unit: "g",
        pieces_delta: 0,
        reason: "unset_stones",
        note: `${setting.stone_tag_id} taken out`,
        actor_id: input.actor_id ?? null,
        reference_type: "stock_item",
        reference_id: item.id,
      },
      {
        stock_item_id: setting.stone_item_id,
        weight_delta: toDecimal(String(setting.weight)).toFixed(),
        weight_unit: setting.weight_unit,
        pieces_delta: setting.pieces,
        reason: "unset_stones",
        note: `Taken out of ${item.tag_id}`,
        actor_id: input.actor_id ?? null,
        reference_type: "stock_item",
        reference_id: item.id,
      },
    ]
    const costBasis = BigNumber.max(new BigNumber(String(item.cost_basis ?? 0)).minus(String(setting.cost)), 0).toFixed()
    // A stone record emptied by the setting is open again once the stone is back.
    const [stone]: any[] = await stock(container).listStockItems({ id: setting.stone_item_id }, { select: ["id", "status"], take: 1 })
    const updates: { id: string; data: Record<string, unknown> }[] = [{ id: item.id, data: { cost_basis: costBasis } }]
    if (stone?.status === "issued") updates.push({ id: stone.id, data: { status: "available" } })
    return new StepResponse({ setting, moves, item_updates: updates })
  }
)

export const markStoneUnsetStep = createStep(
  "mark-stone-unset",
  async (input: { setting_id: string; actor_id?: string | null }, { container }) => {
    await stock(container).updateStoneSettings({ id: input.setting_id, unset_at: new Date(), unset_by: input.actor_id ?? null } as any)
    return new StepResponse(true, input.setting_id)
  },
  async (id, { container }) => {
    if (id) await stock(container).updateStoneSettings({ id, unset_at: null, unset_by: null } as any)
  }
)
