import { validateAndTransformBody } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { CreatePurchaseOrder, CreateSalesOrder, ReceivePurchaseOrder, RemovePurchaseOrder, SubmitPurchaseOrder, SupplierFields, UpdateSupplier } from "./validators"

export const purchasingMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/suppliers", middlewares: [validateAndTransformBody(SupplierFields)] },
  { method: ["POST"], matcher: "/admin/suppliers/:id", middlewares: [validateAndTransformBody(UpdateSupplier)] },
  { method: ["POST"], matcher: "/admin/purchase-orders", middlewares: [validateAndTransformBody(CreatePurchaseOrder)] },
  { method: ["POST"], matcher: "/admin/purchase-orders/:id/submit", middlewares: [validateAndTransformBody(SubmitPurchaseOrder)] },
  { method: ["POST"], matcher: "/admin/purchase-orders/:id/receive", middlewares: [validateAndTransformBody(ReceivePurchaseOrder)] },
  { method: ["DELETE"], matcher: "/admin/purchase-orders/:id", middlewares: [validateAndTransformBody(RemovePurchaseOrder)] },
  { method: ["POST"], matcher: "/admin/jewelry-sales-orders", middlewares: [validateAndTransformBody(CreateSalesOrder)] },
]
