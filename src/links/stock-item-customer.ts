import { defineLink } from "@medusajs/framework/utils"
import StockModule from "../modules/stock"
import CustomerModule from "@medusajs/medusa/customer"

/** The customer whose piece the shop holds for repair (read-only: the plugin's `customer_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: StockModule.linkable.jewelryStockItem, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })
