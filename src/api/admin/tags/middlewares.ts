import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validation"
import { PrintTags, ScanStage } from "./validators"

export const tagMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/tags/print", middlewares: [validateBody(PrintTags)] },
  { method: ["POST"], matcher: "/admin/tags/stage-scans", middlewares: [validateBody(ScanStage)] },
]
