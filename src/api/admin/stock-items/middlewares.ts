import { validateBody, validateQuery } from "../../utils/validation"
import { listStockItemsQueryConfig } from "./query-config"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireRole } from "../../utils/staff"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AdjustStockItem, ChangeStockStatus, ChooseProductImage, CreateStockItemsBulk, ImportStockCsv, ListStockItems, MoveStockItem, SetStones, StockItemBody } from "./validators"

const one = validateBody(StockItemBody)
const many = validateBody(CreateStockItemsBulk, { rows: "items" })

/** One item (the body is the item) or many (`{ items: [...] }`); the route always reads `{ items, single? }`. */
const createStockItemsBody = Object.assign(
  (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const b = req.body as any
    if (b && typeof b === "object" && !Array.isArray(b) && "items" in b) return many(req, res, next)
    return one(req, res, (e?: unknown) => {
      if (!e) (req as any).validatedBody = { items: [(req as any).validatedBody], single: true }
      next(e as any)
    })
  },
  { schema: StockItemBody }
)

export const stockMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/stock-items", middlewares: [validateQuery(ListStockItems, listStockItemsQueryConfig)] },
  { method: ["POST"], matcher: "/admin/stock-items", middlewares: [createStockItemsBody] },
  // Large CSV files come as JSON strings.
  { method: ["POST"], matcher: "/admin/stock-items/import", bodyParser: { sizeLimit: "25mb" }, middlewares: [validateBody(ImportStockCsv)] },
  { method: ["POST"], matcher: "/admin/stock-items/:id/adjustments", middlewares: [validateBody(AdjustStockItem)] },
  { method: ["POST"], matcher: "/admin/stock-items/:id/move", middlewares: [validateBody(MoveStockItem)] },
  { method: ["POST"], matcher: "/admin/stock-items/:id/status", middlewares: [validateBody(ChangeStockStatus)] },
  { method: ["POST"], matcher: "/admin/stock-items/:id/stones", middlewares: [validateBody(SetStones)] },
  {
    method: ["POST"],
    matcher: "/admin/products/:id/stock-image",
    middlewares: [requireRole("manager"), validateBody(ChooseProductImage)],
  },
]
