import type { JewelryQueryConfig } from "../../utils/validation"

/** The Medusa records a production job is linked to (src/links), as Query names them. */
export const PRODUCTION_JOB_LINKS = ["product", "product_variant", "order", "customer", "user"]

/** A job list through Query: the job with its product, its order's number and its customer's name. */
export const listProductionJobsQueryConfig: JewelryQueryConfig = {
  defaults: [
    "*",
    "product.id",
    "product.title",
    "product_variant.id",
    "product_variant.title",
    "order.id",
    "order.display_id",
    "customer.id",
    "customer.first_name",
    "customer.last_name",
    "customer.email",
  ],
  isList: true,
  defaultLimit: 50,
}
