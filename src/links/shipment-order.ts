import { defineLink } from "@medusajs/framework/utils"
import JewelryOrdersModule from "../modules/jewelry-orders"
import OrderModule from "@medusajs/medusa/order"

/** The order a parcel ships (read-only: the plugin's `order_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: JewelryOrdersModule.linkable.jewelryShipment, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
