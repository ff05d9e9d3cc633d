import { defineLink } from "@medusajs/framework/utils"
import ProductionModule from "../modules/production"
import ProductModule from "@medusajs/medusa/product"

/** The variant a job makes (read-only: the plugin's `variant_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: ProductionModule.linkable.productionJob, field: "variant_id" }, ProductModule.linkable.productVariant, { readOnly: true })
