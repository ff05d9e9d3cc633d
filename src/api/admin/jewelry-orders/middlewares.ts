import { validateAndTransformBody } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { CancelLines, CreateShipment, HoldOrder, SelectInventory, SetLineMark, UpdateTracking } from "./validators"

export const orderOpsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/jewelry-orders/:id/selections", middlewares: [validateAndTransformBody(SelectInventory)] },
  { method: ["POST"], matcher: "/admin/jewelry-orders/:id/shipments", middlewares: [validateAndTransformBody(CreateShipment)] },
  { method: ["POST"], matcher: "/admin/jewelry-orders/:id/cancel-lines", middlewares: [validateAndTransformBody(CancelLines)] },
  { method: ["POST"], matcher: "/admin/jewelry-orders/:id/hold", middlewares: [validateAndTransformBody(HoldOrder)] },
  { method: ["POST"], matcher: "/admin/jewelry-orders/:id/lines/:line_id", middlewares: [validateAndTransformBody(SetLineMark)] },
  { method: ["POST"], matcher: "/admin/jewelry-shipments/:id/tracking", middlewares: [validateAndTransformBody(UpdateTracking)] },
  // The carrier webhook signs the exact bytes it sends: keep them for the HMAC check.
  { method: ["POST"], matcher: "/hooks/jewelry-tracking", bodyParser: { preserveRawBody: true } },
]
