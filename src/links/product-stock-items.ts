import { defineLink } from "@medusajs/framework/utils"
import StockModule from "../modules/stock"
import ProductModule from "@medusajs/medusa/product"

/**
 * A product's stock items, for anyone asking Query for a product
 * (`product.jewelry_stock_items`). Read-only: the items' `product_id` column.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id", isList: true },
  { ...StockModule.linkable.jewelryStockItem.id, primaryKey: "product_id" },
  { readOnly: true }
)
