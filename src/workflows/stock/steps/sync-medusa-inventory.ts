import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import { JEWELRY_ORDERS_MODULE } from "../../../modules/jewelry-orders"
import { weightBasisOf, weightLevel } from "../../../lib/metal-prices"
import { fineWeight } from "../../../lib/purity"
import { toGrams, WeightUnit } from "../../../lib/units"

export type LocationPair = { variant_id: string | null; location_id: string }
export type SyncedLevel = { variant_id: string; location_id: string; stocked_quantity: number | string }

/** The distinct variant/location pairs that have a variant. */
export function distinctPairs(pairs: (LocationPair | null | undefined)[] | null | undefined): LocationPair[] {
  const wanted = new Map<string, LocationPair>()
  for (const p of pairs ?? []) if (p?.variant_id) wanted.set(`${p.variant_id}|${p.location_id}`, { variant_id: p.variant_id, location_id: p.location_id })
  return [...wanted.values()]
}

/**
 * Medusa's stocked quantity of a variant at a location follows the
 * available pieces of the stock items linked to that variant there, so the
 * storefront never sells what the bench does not have. Variants whose
 * inventory Medusa does not manage are left alone.
 *
 * Pieces selected for an order line of the same variant and not shipped yet
 * are counted too: Medusa holds them as that line's reservation until its
 * fulfillment takes them out of the stocked quantity, so counting them here
 * keeps them from being taken off twice.
 *
 * The level is read from the bench and written to Medusa under Medusa's
 * lock on the inventory item (the key Medusa's own inventory adjustments
 * take), so two changes at once, on one server or several, cannot write
 * their counts in the wrong order: whoever writes last has read last.
 */
export async function syncMedusaLevels(container: any, pairs: LocationPair[]): Promise<SyncedLevel[]> {
  const wanted = distinctPairs(pairs)
  if (!wanted.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stock: StockModuleService = container.resolve(STOCK_MODULE)
  const inventory = container.resolve(Modules.INVENTORY)
  const locking = container.resolve(Modules.LOCKING)
  const ops: any = container.resolve(JEWELRY_ORDERS_MODULE)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.inventory.unit_of_measure"],
    filters: { id: [...new Set(wanted.map((p) => p.variant_id!))] },
  })
  const synced: SyncedLevel[] = []
  for (const p of wanted) {
    const variant: any = variants.find((v: any) => v.id === p.variant_id)
    const link = variant?.inventory_items?.[0]
    if (!variant?.manage_inventory || !link) continue
    // A variant sold by weight (its inventory item's unit of measure is a weight unit) follows the items' weight, not their pieces.
    const byWeight = weightBasisOf(link.inventory?.unit_of_measure)
    const level = await locking.execute(link.inventory_item_id, async () => {
      const [row] = await stock.query<{ pieces: string; grams: string; fine: string }>(
        `SELECT COALESCE(SUM(pieces), 0)::text AS pieces, COALESCE(SUM(weight_grams), 0)::text AS grams, COALESCE(SUM(fine_grams), 0)::text AS fine FROM jewelry_stock_item
         WHERE variant_id = ? AND location_id = ? AND status = 'available' AND ownership = 'shop' AND deleted_at IS NULL`,
        [p.variant_id, p.location_id]
      )
      const selected: any[] = await ops.listInventorySelections(
        { item_variant_id: p.variant_id, location_id: p.location_id, status: "selected" } as any,
        { select: ["pieces", "weight", "weight_unit", "stock_item_id", "line_variant_id"], take: null as any }
      )
      const mine = selected.filter((s) => s.line_variant_id === p.variant_id)
      let wanted: number | string
      let same: (current: unknown) => boolean
      if (byWeight) {
        const base = byWeight.basis === "fine" ? row.fine : row.grams
        // Selected (not yet shipped) weight is Medusa's reservation: counted as pieces are, at the item's fineness for fine metal.
        const ids = [...new Set(mine.map((s) => s.stock_item_id as string))]
        const items: any[] = byWeight.basis === "fine" && ids.length ? await stock.listStockItems({ id: ids } as any, { select: ["id", "fineness"], take: null as any }) : []
        const finenessOf = new Map(items.map((i) => [i.id, i.fineness === null ? null : String(i.raw_fineness?.value ?? i.fineness)]))
        const held = mine.reduce((n, s) => {
          const grams = toGrams(String(s.raw_weight?.value ?? s.weight ?? 0), s.weight_unit as WeightUnit)
          return n.plus(byWeight.basis === "fine" ? fineWeight(grams, finenessOf.get(s.stock_item_id) ?? null) : grams)
        }, toGrams(0, "g"))
        wanted = weightLevel(held.plus(base), byWeight)
        same = (current) => toGrams(String(current), "g").isEqualTo(wanted)
      } else {
        wanted = Number(row.pieces) + mine.reduce((n, s) => n + Number(s.pieces), 0)
        same = (current) => Number(current) === wanted
      }
      const [current] = await inventory.listInventoryLevels({ inventory_item_id: link.inventory_item_id, location_id: p.location_id })
      if (current) {
        if (!same((current as any).raw_stocked_quantity?.value ?? current.stocked_quantity)) {
          await inventory.updateInventoryLevels([{ inventory_item_id: link.inventory_item_id, location_id: p.location_id, stocked_quantity: wanted as any }])
        }
      } else {
        await inventory.createInventoryLevels([{ inventory_item_id: link.inventory_item_id, location_id: p.location_id, stocked_quantity: wanted as any }])
      }
      return wanted
    })
    synced.push({ variant_id: p.variant_id!, location_id: p.location_id, stocked_quantity: level })
  }
  return synced
}

/**
 * Sets Medusa's levels from the bench for the pairs a workflow touched.
 * Undone by setting them from the bench again: by then the steps before it
 * have been undone or will re-sync when they are (see the ledger steps), so
 * Medusa ends equal to the bench, never at a stale "previous" value another
 * request has since moved.
 */
export const syncMedusaInventoryStep = createStep(
  "sync-medusa-inventory-from-jewelry-stock",
  async (pairs: LocationPair[], { container }) => {
    const synced = await syncMedusaLevels(container, pairs)
    return new StepResponse(synced, distinctPairs(pairs))
  },
  async (pairs, { container }) => {
    if (pairs?.length) await syncMedusaLevels(container, pairs)
  }
)
