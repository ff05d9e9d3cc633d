import { defineLink } from "@medusajs/framework/utils"
import ProductionModule from "../modules/production"
import CustomerModule from "@medusajs/medusa/customer"

/** The customer who brought a piece for repair (read-only: the plugin's `customer_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: ProductionModule.linkable.productionRepair, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })
