import { validateBody, validateQuery } from "../../utils/validation"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireRole } from "../../utils/staff"
import {
  CompleteMeltLot,
  CreateMeltLot,
  CreateRefiningLot,
  ListLots,
  ListMetalEntries,
  ListWaste,
  LossReport,
  MetalPeriod,
  ReceiveRefiningLot,
  SendRefiningLot,
} from "./validators"

/** Metal accounting: everyone reads (members their own balance); managers and admins move lots. */
export const metalMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/metal/balances", middlewares: [validateQuery(MetalPeriod)] },
  { method: ["GET"], matcher: "/admin/metal/entries", middlewares: [validateQuery(ListMetalEntries)] },
  { method: ["GET"], matcher: "/admin/metal/loss-report", middlewares: [validateQuery(LossReport)] },
  { method: ["GET"], matcher: "/admin/metal/waste", middlewares: [validateQuery(ListWaste)] },
  { method: ["GET"], matcher: "/admin/metal/refining-lots", middlewares: [validateQuery(ListLots)] },
  { method: ["POST"], matcher: "/admin/metal/refining-lots", middlewares: [requireRole("manager"), validateBody(CreateRefiningLot)] },
  { method: ["POST"], matcher: "/admin/metal/refining-lots/:id/send", middlewares: [requireRole("manager"), validateBody(SendRefiningLot)] },
  { method: ["POST"], matcher: "/admin/metal/refining-lots/:id/receive", middlewares: [requireRole("manager"), validateBody(ReceiveRefiningLot)] },
  { method: ["POST"], matcher: "/admin/metal/refining-lots/:id/cancel", middlewares: [requireRole("manager")] },
  { method: ["GET"], matcher: "/admin/metal/melt-lots", middlewares: [validateQuery(ListLots)] },
  { method: ["POST"], matcher: "/admin/metal/melt-lots", middlewares: [requireRole("manager"), validateBody(CreateMeltLot)] },
  { method: ["POST"], matcher: "/admin/metal/melt-lots/:id/complete", middlewares: [requireRole("manager"), validateBody(CompleteMeltLot)] },
  { method: ["POST"], matcher: "/admin/metal/melt-lots/:id/cancel", middlewares: [requireRole("manager")] },
]
