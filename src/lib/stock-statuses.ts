/**
 * A stock item's statuses, one list for the model, the validators and the
 * admin. `returned`: a customer's piece handed back at pickup.
 */
export const STOCK_STATUSES = ["available", "reserved", "issued", "sold", "scrapped", "returned"] as const
export type StockStatus = (typeof STOCK_STATUSES)[number]

/** What the shop's own stock can be filtered by (a returned piece was never the shop's). */
export const SHOP_STOCK_STATUSES = ["available", "reserved", "issued", "sold", "scrapped"] as const
