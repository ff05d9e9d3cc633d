import { validateBody } from "../../utils/validation"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { CreatePurchaseOrder, ReceivePurchaseOrder, RemovePurchaseOrder, SubmitPurchaseOrder, SupplierFields, UpdateSupplier } from "./validators"

export const purchasingMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/suppliers", middlewares: [validateBody(SupplierFields)] },
  { method: ["POST"], matcher: "/admin/suppliers/:id", middlewares: [validateBody(UpdateSupplier)] },
  { method: ["POST"], matcher: "/admin/purchase-orders", middlewares: [validateBody(CreatePurchaseOrder)] },
  { method: ["POST"], matcher: "/admin/purchase-orders/:id/submit", middlewares: [validateBody(SubmitPurchaseOrder)] },
  { method: ["POST"], matcher: "/admin/purchase-orders/:id/receive", middlewares: [validateBody(ReceivePurchaseOrder)] },
  { method: ["DELETE"], matcher: "/admin/purchase-orders/:id", middlewares: [validateBody(RemovePurchaseOrder)] },
]
