import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { ApproveRepair, EstimateRepair, ListRepairs, PickUpRepair, TakeInRepair } from "./validators"

export const repairMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/repairs", middlewares: [validateAndTransformQuery(ListRepairs, { isList: true, defaults: ["id"] })] },
  { method: ["POST"], matcher: "/admin/repairs", middlewares: [validateAndTransformBody(TakeInRepair)] },
  { method: ["POST"], matcher: "/admin/repairs/:id/estimate", middlewares: [validateAndTransformBody(EstimateRepair)] },
  { method: ["POST"], matcher: "/admin/repairs/:id/approve", middlewares: [validateAndTransformBody(ApproveRepair)] },
  { method: ["POST"], matcher: "/admin/repairs/:id/pickup", middlewares: [validateAndTransformBody(PickUpRepair)] },
]
