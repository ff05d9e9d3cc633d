import { authenticate } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"

export const storeMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/orders/:id/production", middlewares: [authenticate("customer", ["session", "bearer"])] },
  { method: ["GET"], matcher: "/store/repairs", middlewares: [authenticate("customer", ["session", "bearer"])] },
  { method: ["GET"], matcher: "/store/repairs/:id", middlewares: [authenticate("customer", ["session", "bearer"])] },
]
