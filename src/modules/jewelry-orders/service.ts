import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { InventorySelection, OrderLine, OrderState, Shipment, ShipmentEvent } from "./models"

/** Order operations on Medusa's orders: line statuses, hold, inventory selections and shipments. */
class JewelryOrdersModuleService extends MedusaService({ OrderState, OrderLine, InventorySelection, Shipment, ShipmentEvent }) {
  /** How many orders are in each workshop fulfillment status, counted by the database. */
  @InjectManager()
  async fulfillmentStatusCounts(@MedusaContext() sharedContext: Context = {}): Promise<Record<string, number>> {
    const rows: { fulfillment_status: string; n: string }[] = await (sharedContext.manager as any).execute(
      `SELECT fulfillment_status, COUNT(*)::text AS n FROM jewelry_order_state WHERE deleted_at IS NULL GROUP BY fulfillment_status`
    )
    return Object.fromEntries(rows.map((r) => [r.fulfillment_status, Number(r.n)]))
  }
}

export default JewelryOrdersModuleService
