import { MedusaService } from "@medusajs/framework/utils"
import { InventorySelection, OrderLine, OrderState, Shipment, ShipmentEvent } from "./models"

/** Order operations on Medusa's orders: line statuses, hold, inventory selections and shipments. */
class OrderOpsModuleService extends MedusaService({ OrderState, OrderLine, InventorySelection, Shipment, ShipmentEvent }) {}

export default OrderOpsModuleService
