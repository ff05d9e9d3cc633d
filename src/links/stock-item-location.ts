import { defineLink } from "@medusajs/framework/utils"
import StockModule from "../modules/stock"
import StockLocationModule from "@medusajs/medusa/stock-location"

/** Where a stock item is kept (read-only: the plugin's `location_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: StockModule.linkable.jewelryStockItem, field: "location_id" }, StockLocationModule.linkable.stockLocation, { readOnly: true })
