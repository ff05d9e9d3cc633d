import { defineLink } from "@medusajs/framework/utils"
import ProductionModule from "../modules/production"
import ProductModule from "@medusajs/medusa/product"

/** What a job makes (read-only: the plugin's `product_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: ProductionModule.linkable.productionJob, field: "product_id" }, ProductModule.linkable.product, { readOnly: true })
