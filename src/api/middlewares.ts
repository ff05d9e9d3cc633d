import { defineMiddlewares } from "@medusajs/framework/http"
import { productionSettingsMiddlewares } from "./admin/production/middlewares"

export default defineMiddlewares({
  routes: [...productionSettingsMiddlewares],
})
