import { defineMiddlewares } from "@medusajs/framework/http"
import { productionSettingsMiddlewares } from "./admin/production/middlewares"
import { stockMiddlewares } from "./admin/stock-items/middlewares"
import { jobMiddlewares } from "./admin/production-jobs/middlewares"
import { storeMiddlewares } from "./store/middlewares"
import { jewelryOrdersMiddlewares } from "./admin/jewelry-orders/middlewares"
import { orderNotesMiddlewares } from "./admin/order-notes/middlewares"
import { purchasingMiddlewares } from "./admin/purchase-orders/middlewares"
import { metalMiddlewares } from "./admin/metal/middlewares"
import { deletionGuards, medusaRouteGuards, policyRoutes } from "./utils/guards"
import { repairMiddlewares } from "./admin/repairs/middlewares"
import { metalPricesMiddlewares } from "./admin/metal-prices/middlewares"
import { tagMiddlewares } from "./admin/tags/middlewares"
import { workshopMonitorMiddlewares } from "./admin/workshop-monitor/middlewares"
import { refuseNulCharacters } from "./utils/validation"

export default defineMiddlewares({
  routes: [
    // Before any route reads the request: a NUL character anywhere in the plugin's paths, queries or bodies is a 400 naming where.
    { matcher: "/admin*", middlewares: [refuseNulCharacters] },
    { matcher: "/store*", middlewares: [refuseNulCharacters] },
    { matcher: "/hooks*", middlewares: [refuseNulCharacters] },
    ...medusaRouteGuards,
    ...deletionGuards,
    ...policyRoutes,
    ...productionSettingsMiddlewares,
    ...stockMiddlewares,
    ...jobMiddlewares,
    ...storeMiddlewares,
    ...jewelryOrdersMiddlewares,
    ...orderNotesMiddlewares,
    ...purchasingMiddlewares,
    ...metalMiddlewares,
    ...repairMiddlewares,
    ...metalPricesMiddlewares,
    ...tagMiddlewares,
    ...workshopMonitorMiddlewares,
  ],
})
