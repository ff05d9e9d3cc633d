import { defineLink } from "@medusajs/framework/utils"
import ProductionModule from "../modules/production"
import OrderModule from "@medusajs/medusa/order"

/**
 * An order's production jobs, for anyone asking Query for an order
 * (`order.production_jobs`). Read-only: the jobs' `order_id` column.
 */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id", isList: true },
  { ...ProductionModule.linkable.productionJob.id, primaryKey: "order_id" },
  { readOnly: true }
)
