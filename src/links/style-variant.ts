import { defineLink } from "@medusajs/framework/utils"
import StyleModule from "../modules/style"
import ProductModule from "@medusajs/medusa/product"

/** The variant made from a style (made to order) (read-only: the plugin's `variant_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: StyleModule.linkable.jewelryStyle, field: "variant_id" }, ProductModule.linkable.productVariant, { readOnly: true })
