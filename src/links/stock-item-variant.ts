import { defineLink } from "@medusajs/framework/utils"
import StockModule from "../modules/stock"
import ProductModule from "@medusajs/medusa/product"

/** A stock item's variant, whose Medusa stock follows the bench (read-only: the plugin's `variant_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: StockModule.linkable.jewelryStockItem, field: "variant_id" }, ProductModule.linkable.productVariant, { readOnly: true })
