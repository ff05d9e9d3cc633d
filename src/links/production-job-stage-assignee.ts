import { defineLink } from "@medusajs/framework/utils"
import ProductionModule from "../modules/production"
import UserModule from "@medusajs/medusa/user"

/** Who does a job's stage (read-only: the plugin's `assignee_user_id` column; Query joins it, nothing is stored). */
export default defineLink({ linkable: ProductionModule.linkable.productionJobStage, field: "assignee_user_id" }, UserModule.linkable.user, { readOnly: true })
