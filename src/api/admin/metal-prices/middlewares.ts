import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { requireRole } from "../../utils/staff"
import {
  ApplyReprice,
  CreatePriceRule,
  CreateRates,
  ListPriceChanges,
  ListPriceRules,
  ListRates,
  ListReprices,
  PreviewReprice,
  TodayRates,
  UpdatePriceRule,
  Valuation,
} from "./validators"

/** Metal prices: every staff member reads; managers and admins enter rates, keep rules and reprice. */
export const metalPricesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/metal-prices/rates", middlewares: [validateQuery(ListRates)] },
  { method: ["POST"], matcher: "/admin/metal-prices/rates", middlewares: [requireRole("manager"), validateBody(CreateRates)] },
  { method: ["GET"], matcher: "/admin/metal-prices/rates/today", middlewares: [validateQuery(TodayRates)] },
  { method: ["POST"], matcher: "/admin/metal-prices/rates/fetch", middlewares: [requireRole("manager")] },
  { method: ["GET"], matcher: "/admin/metal-prices/rules", middlewares: [validateQuery(ListPriceRules)] },
  { method: ["POST"], matcher: "/admin/metal-prices/rules", middlewares: [requireRole("manager"), validateBody(CreatePriceRule)] },
  { method: ["POST"], matcher: "/admin/metal-prices/rules/:id", middlewares: [requireRole("manager"), validateBody(UpdatePriceRule)] },
  { method: ["DELETE"], matcher: "/admin/metal-prices/rules/:id", middlewares: [requireRole("manager")] },
  { method: ["GET"], matcher: "/admin/metal-prices/reprices", middlewares: [validateQuery(ListReprices)] },
  { method: ["POST"], matcher: "/admin/metal-prices/reprices", middlewares: [requireRole("manager"), validateBody(PreviewReprice)] },
  { method: ["POST"], matcher: "/admin/metal-prices/reprices/:id/apply", middlewares: [requireRole("manager"), validateBody(ApplyReprice)] },
  { method: ["GET"], matcher: "/admin/metal-prices/changes", middlewares: [validateQuery(ListPriceChanges)] },
  { method: ["GET"], matcher: "/admin/metal-prices/valuations", middlewares: [validateQuery(Valuation)] },
]
