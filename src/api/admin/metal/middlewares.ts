import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
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

const list = { isList: true, defaults: ["id"] }
const one = { isList: false, defaults: ["id"] }

/** Metal accounting: everyone reads (members their own balance); managers and admins move lots. */
export const metalMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/metal/balances", middlewares: [validateAndTransformQuery(MetalPeriod, one)] },
  { method: ["GET"], matcher: "/admin/metal/entries", middlewares: [validateAndTransformQuery(ListMetalEntries, list)] },
  { method: ["GET"], matcher: "/admin/metal/loss-report", middlewares: [validateAndTransformQuery(LossReport, one)] },
  { method: ["GET"], matcher: "/admin/metal/waste", middlewares: [validateAndTransformQuery(ListWaste, one)] },
  { method: ["GET"], matcher: "/admin/metal/refining-lots", middlewares: [validateAndTransformQuery(ListLots, list)] },
  { method: ["POST"], matcher: "/admin/metal/refining-lots", middlewares: [requireRole("manager"), validateAndTransformBody(CreateRefiningLot)] },
  { method: ["POST"], matcher: "/admin/metal/refining-lots/:id/send", middlewares: [requireRole("manager"), validateAndTransformBody(SendRefiningLot)] },
  { method: ["POST"], matcher: "/admin/metal/refining-lots/:id/receive", middlewares: [requireRole("manager"), validateAndTransformBody(ReceiveRefiningLot)] },
  { method: ["POST"], matcher: "/admin/metal/refining-lots/:id/cancel", middlewares: [requireRole("manager")] },
  { method: ["GET"], matcher: "/admin/metal/melt-lots", middlewares: [validateAndTransformQuery(ListLots, list)] },
  { method: ["POST"], matcher: "/admin/metal/melt-lots", middlewares: [requireRole("manager"), validateAndTransformBody(CreateMeltLot)] },
  { method: ["POST"], matcher: "/admin/metal/melt-lots/:id/complete", middlewares: [requireRole("manager"), validateAndTransformBody(CompleteMeltLot)] },
  { method: ["POST"], matcher: "/admin/metal/melt-lots/:id/cancel", middlewares: [requireRole("manager")] },
]
