import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { ListWorkshopQueue } from "./validators"

export const workshopMonitorMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/workshop-monitor", middlewares: [validateQuery(ListWorkshopQueue)] },
]
