import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type Handler<Req extends MedusaRequest = any> = (req: Req, res: MedusaResponse) => Promise<void> | void

/**
 * Medusa's error handler answers every "conflict" with a generic retry
 * message. A jeweler needs to know which field clashed, so the plugin's
 * routes answer 409 with the error's own message.
 */
export function withConflicts<Req extends MedusaRequest = any>(handler: Handler<Req>): Handler<Req> {
  return async (req, res) => {
    try {
      await handler(req, res)
    } catch (e: any) {
      if (e?.type === MedusaError.Types.CONFLICT && !res.headersSent) {
        res.status(409).json({ type: "conflict", message: e.message, ...(e.figures ? { figures: e.figures } : {}) })
        return
      }
      throw e
    }
  }
}

/**
 * Taking stock that another request took a moment earlier (not enough left,
 * or the item is no longer available) is a conflict over the same stock: 409,
 * with the message naming the item.
 */
export function withStockConflicts<Req extends MedusaRequest = any>(handler: Handler<Req>): Handler<Req> {
  return withConflicts(async (req: Req, res) => {
    try {
      await handler(req, res)
    } catch (e: any) {
      if (e?.type === MedusaError.Types.NOT_ALLOWED && /^(weight|pieces): .* cannot deduct|is (issued|reserved|sold|scrapped), not available/.test(e.message) && !res.headersSent) {
        res.status(409).json({ type: "conflict", message: e.message.replace(/^(weight|pieces): /, "stock_item_id: ") })
        return
      }
      throw e
    }
  })
}
