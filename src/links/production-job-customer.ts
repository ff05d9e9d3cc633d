import { defineLink } from "@medusajs/framework/utils"
import ProductionModule from "../modules/production"
import CustomerModule from "@medusajs/medusa/customer"

/** The customer of a custom or repair job (read-only: the plugin's `customer_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: ProductionModule.linkable.productionJob, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })
