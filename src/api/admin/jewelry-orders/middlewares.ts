import { validateBody } from "../../utils/validation"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { CreateSalesOrder } from "../purchase-orders/validators"
import { CancelLines, CreateShipment, HoldOrder, SelectInventory, SetLineMark, UpdateTracking } from "./validators"

export const jewelryOrdersMiddlewares: MiddlewareRoute[] = [
  // The order wizard's sales order: a Medusa order (the wizard's lines are validated with the purchase side's shared shape).
  { method: ["POST"], matcher: "/admin/jewelry-orders", middlewares: [validateBody(CreateSalesOrder)] },
  { method: ["POST"], matcher: "/admin/jewelry-orders/:id/selections", middlewares: [validateBody(SelectInventory)] },
  { method: ["POST"], matcher: "/admin/jewelry-orders/:id/shipments", middlewares: [validateBody(CreateShipment)] },
  { method: ["POST"], matcher: "/admin/jewelry-orders/:id/cancel-lines", middlewares: [validateBody(CancelLines)] },
  { method: ["POST"], matcher: "/admin/jewelry-orders/:id/hold", middlewares: [validateBody(HoldOrder)] },
  { method: ["POST"], matcher: "/admin/jewelry-orders/:id/lines/:line_id", middlewares: [validateBody(SetLineMark)] },
  { method: ["POST"], matcher: "/admin/jewelry-orders/:id/shipments/:shipment_id/tracking", middlewares: [validateBody(UpdateTracking)] },
  // The carrier webhook signs the exact bytes it sends: keep them for the HMAC check.
  { method: ["POST"], matcher: "/hooks/jewelry-tracking", bodyParser: { preserveRawBody: true } },
]
