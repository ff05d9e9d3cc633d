import { defineLink } from "@medusajs/framework/utils"
import ProductionModule from "../modules/production"
import OrderModule from "@medusajs/medusa/order"

/** The order a job makes pieces for (read-only: the plugin's `order_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: ProductionModule.linkable.productionJob, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
