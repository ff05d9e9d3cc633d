import { defineLink } from "@medusajs/framework/utils"
import ProductionModule from "../modules/production"
import OrderModule from "@medusajs/medusa/order"

/** The order line a job makes (read-only: the plugin's `order_line_item_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: ProductionModule.linkable.productionJob, field: "order_line_item_id" }, OrderModule.linkable.orderLineItem, { readOnly: true })
