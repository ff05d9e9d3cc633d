import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { ApproveRepair, EstimateRepair, ListRepairs, PickUpRepair, ReturnUnrepaired, TakeInRepair } from "./validators"

export const repairMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/repairs", middlewares: [validateQuery(ListRepairs)] },
  { method: ["POST"], matcher: "/admin/repairs", middlewares: [validateBody(TakeInRepair)] },
  { method: ["POST"], matcher: "/admin/repairs/:id/estimate", middlewares: [validateBody(EstimateRepair)] },
  { method: ["POST"], matcher: "/admin/repairs/:id/approve", middlewares: [validateBody(ApproveRepair)] },
  { method: ["POST"], matcher: "/admin/repairs/:id/pickup", middlewares: [validateBody(PickUpRepair)] },
  { method: ["POST"], matcher: "/admin/repairs/:id/return", middlewares: [validateBody(ReturnUnrepaired)] },
]
