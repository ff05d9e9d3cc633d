import { validateAndTransformBody } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireRole } from "../../utils/staff"
import { AdjustStockItem, ChangeStockStatus, ChooseProductImage, CreateStockItems, ImportStockCsv, MoveStockItem, SetStones } from "./validators"

export const stockMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/stock-items", middlewares: [validateAndTransformBody(CreateStockItems)] },
  // Large CSV files come as JSON strings.
  { method: ["POST"], matcher: "/admin/stock-items/import", bodyParser: { sizeLimit: "25mb" }, middlewares: [validateAndTransformBody(ImportStockCsv)] },
  { method: ["POST"], matcher: "/admin/stock-items/:id/adjustments", middlewares: [validateAndTransformBody(AdjustStockItem)] },
  { method: ["POST"], matcher: "/admin/stock-items/:id/move", middlewares: [validateAndTransformBody(MoveStockItem)] },
  { method: ["POST"], matcher: "/admin/stock-items/:id/status", middlewares: [validateAndTransformBody(ChangeStockStatus)] },
  { method: ["POST"], matcher: "/admin/stock-items/:id/stones", middlewares: [validateAndTransformBody(SetStones)] },
  {
    method: ["POST"],
    matcher: "/admin/products/:id/stock-image",
    middlewares: [requireRole("manager"), validateAndTransformBody(ChooseProductImage)],
  },
]
