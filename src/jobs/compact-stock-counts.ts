import type { MedusaContainer } from "@medusajs/framework/types"
import { STOCK_MODULE, type StockModuleService } from "../modules/stock"

/**
 * Folds the stock count's appended changes (one row per statement that
 * changed items) into one row per ownership, location and status, so the
 * stock list's count stays a sum of a few rows however busy the bench is.
 * The counts are exact before and after; this only keeps them short.
 */
export default async function compactStockCountsJob(container: MedusaContainer) {
  const stock: StockModuleService = container.resolve(STOCK_MODULE)
  await stock.compactStockCounts()
}

export const config = {
  name: "jewelry-compact-stock-counts",
  schedule: "*/5 * * * *",
}
