import { defineMiddlewares } from "@medusajs/framework/http"
import { productionSettingsMiddlewares } from "./admin/production/middlewares"
import { stockMiddlewares } from "./admin/stock-items/middlewares"

export default defineMiddlewares({
  routes: [...productionSettingsMiddlewares, ...stockMiddlewares],
})
