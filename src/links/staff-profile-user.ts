import { defineLink } from "@medusajs/framework/utils"
import ProductionModule from "../modules/production"
import UserModule from "@medusajs/medusa/user"

/** The Medusa user a staff profile belongs to (read-only: the plugin's `user_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: ProductionModule.linkable.productionStaffProfile, field: "user_id" }, UserModule.linkable.user, { readOnly: true })
