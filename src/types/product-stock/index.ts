import type { InventoryKind } from "../../lib/industry-defaults"
import type { SummaryResult } from "../../lib/activity-summary"
import type { WeightUnit } from "../../lib/units"

/**
 * A product's workshop stock of one inventory kind, as Medusa's product page
 * shows it (GET /admin/products/:id/stock-analytics). Weights are decimal
 * strings in the store's default unit.
 */
export type ProductStockAnalytics = {
  product_id: string
  inventory_kind: InventoryKind
  unit: WeightUnit
  days: number
  item_count: number
  pieces: number
  total_weight: string
  /** Fine metal per metal beside its gross weight (never summed across metals). */
  fine: { metal: string; gross_weight: string; fine_weight: string }[]
  average_weight: string | null
  change_30d: string
  /** Weight added and deducted per day, from the daily roll-up. */
  series: { day: string; added: string; deducted: string }[]
  /** Items on hand per kind, for the tabs. */
  kinds: { inventory_kind: string; item_count: number }[]
  scope: "all_locations" | "own_locations"
}

export type ProductStockAnalyticsResponse = { analytics: ProductStockAnalytics }

/** GET /admin/products/:id/stock-summary: the last 30 days in words. */
export type ProductStockSummaryResponse = { summary: SummaryResult }

/** GET /admin/products/:id/stock-image: the product's stock items that have an image, and its thumbnail. */
export type ProductStockImagesResponse = { images: { stock_item_id: string; tag_id: string; url: string }[]; thumbnail: string | null }
