import { defineLink } from "@medusajs/framework/utils"
import ProductionModule from "../modules/production"
import UserModule from "@medusajs/medusa/user"

/** The staff member responsible for a job (read-only: the plugin's `responsible_user_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: ProductionModule.linkable.productionJob, field: "responsible_user_id" }, UserModule.linkable.user, { readOnly: true })
