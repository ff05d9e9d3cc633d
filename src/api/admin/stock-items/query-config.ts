import type { JewelryQueryConfig } from "../../utils/validation"

/** The Medusa records a stock item is linked to (src/links), as Query names them. */
export const STOCK_ITEM_LINKS = ["product", "product_variant", "stock_location", "customer"]

/**
 * What a stock item list returns through Query: the item, its catalog
 * product and variant, and its stock location. A caller asks for more of
 * those with `?fields=+product.thumbnail` (schemas.queryFields).
 */
export const listStockItemsQueryConfig: JewelryQueryConfig = {
  defaults: [
    "*",
    "product.id",
    "product.title",
    "product.handle",
    "product_variant.id",
    "product_variant.title",
    "product_variant.sku",
    "stock_location.id",
    "stock_location.name",
  ],
  isList: true,
  defaultLimit: 20,
}
