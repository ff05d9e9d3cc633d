import type { JewelryQueryConfig } from "../../utils/validation"

/**
 * The Medusa records a stock item is linked to (src/links: read-only links on its own columns),
 * as Query names them: the link, the Medusa entity and the stock item's column holding its id.
 */
export const STOCK_ITEM_LINKS: Record<string, { entity: string; key: string }> = {
  product: { entity: "product", key: "product_id" },
  product_variant: { entity: "product_variant", key: "variant_id" },
  stock_location: { entity: "stock_location", key: "location_id" },
  customer: { entity: "customer", key: "customer_id" },
}

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
