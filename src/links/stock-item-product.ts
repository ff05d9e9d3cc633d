import { defineLink } from "@medusajs/framework/utils"
import StockModule from "../modules/stock"
import ProductModule from "@medusajs/medusa/product"

/** A stock item's catalog product (read-only: the plugin's `product_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: StockModule.linkable.jewelryStockItem, field: "product_id" }, ProductModule.linkable.product, { readOnly: true })
