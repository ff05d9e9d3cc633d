import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import type { LocationPair } from "./ledger"
import { ORDER_OPS_MODULE } from "../../../modules/order-ops"

type Restore = { inventory_item_id: string; location_id: string; previous: number | null }

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
 */
export const syncMedusaInventoryStep = createStep(
  "sync-medusa-inventory-from-jewelry-stock",
  async (pairs: LocationPair[], { container }) => {
    const wanted = new Map<string, LocationPair>()
    for (const p of pairs ?? []) if (p?.variant_id) wanted.set(`${p.variant_id}|${p.location_id}`, p)
    if (!wanted.size) return new StepResponse([], [] as Restore[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const inventory = container.resolve(Modules.INVENTORY)
    const ops: any = container.resolve(ORDER_OPS_MODULE)
    const variantIds = [...new Set([...wanted.values()].map((p) => p.variant_id!))]
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "inventory_items.inventory_item_id"],
      filters: { id: variantIds },
    })
    const restore: Restore[] = []
    const synced: { variant_id: string; location_id: string; stocked_quantity: number }[] = []
    for (const p of wanted.values()) {
      const variant: any = variants.find((v: any) => v.id === p.variant_id)
      const link = variant?.inventory_items?.[0]
      if (!variant?.manage_inventory || !link) continue
      const [row] = await stock.query<{ pieces: string }>(
        `SELECT COALESCE(SUM(pieces), 0)::text AS pieces FROM jewelry_stock_item
         WHERE variant_id = ? AND location_id = ? AND status = 'available' AND deleted_at IS NULL`,
        [p.variant_id, p.location_id]
      )
      const selected: any[] = await ops.listInventorySelections(
        { item_variant_id: p.variant_id, location_id: p.location_id, status: "selected" } as any,
        { select: ["pieces", "line_variant_id"], take: null as any }
      )
      const pieces = Number(row.pieces) + selected.filter((s) => s.line_variant_id === p.variant_id).reduce((n, s) => n + Number(s.pieces), 0)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: link.inventory_item_id, location_id: p.location_id })
      if (level) {
        restore.push({ inventory_item_id: link.inventory_item_id, location_id: p.location_id, previous: Number(level.stocked_quantity) })
        await inventory.updateInventoryLevels([{ inventory_item_id: link.inventory_item_id, location_id: p.location_id, stocked_quantity: pieces }])
      } else {
        restore.push({ inventory_item_id: link.inventory_item_id, location_id: p.location_id, previous: null })
        await inventory.createInventoryLevels([{ inventory_item_id: link.inventory_item_id, location_id: p.location_id, stocked_quantity: pieces }])
      }
      synced.push({ variant_id: p.variant_id!, location_id: p.location_id, stocked_quantity: pieces })
    }
    return new StepResponse(synced, restore)
  },
  async (restore, { container }) => {
    if (!restore?.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    for (const r of restore) {
      if (r.previous === null) {
        await inventory.deleteInventoryLevels({ inventory_item_id: r.inventory_item_id, location_id: r.location_id } as any)
      } else {
        await inventory.updateInventoryLevels([{ inventory_item_id: r.inventory_item_id, location_id: r.location_id, stocked_quantity: r.previous }])
      }
    }
  }
)
