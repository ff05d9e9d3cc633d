import { validateAndTransformBody } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

export const ExtractNotes = z
  .object({
    notes: z.string().trim().min(1, "notes: write or paste the order's notes").max(20000, "notes: at most 20,000 characters"),
    kind: z.enum(["sales", "purchase"]),
  })
  .strict()

export const orderNotesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/order-notes/extract", middlewares: [validateAndTransformBody(ExtractNotes)] },
]
