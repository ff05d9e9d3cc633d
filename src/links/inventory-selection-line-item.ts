import { defineLink } from "@medusajs/framework/utils"
import JewelryOrdersModule from "../modules/jewelry-orders"
import OrderModule from "@medusajs/medusa/order"

/** The order line stock was selected for (read-only: the plugin's `line_item_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: JewelryOrdersModule.linkable.jewelryInventorySelection, field: "line_item_id" }, OrderModule.linkable.orderLineItem, { readOnly: true })
