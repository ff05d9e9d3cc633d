import { validateBody } from "../../utils/validation"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { body, note, oneOf } from "../../utils/schemas"
import { NOTES_MAX_LENGTH } from "../../../lib/extraction/limits"

const LIMIT = NOTES_MAX_LENGTH.toLocaleString("en-US")

export const ExtractNotes = body({
  notes: note(NOTES_MAX_LENGTH),
  kind: oneOf(["sales", "purchase"]),
})

/**
 * Notes over the limit are refused with 413 before anything reads them: the
 * parser is linear, but a bound keeps one request from holding the server.
 */
export function refuseLongNotes(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const notes = (req.body as any)?.notes
  if (typeof notes === "string" && notes.length > NOTES_MAX_LENGTH) {
    res.status(413).json({ type: "payload_too_large", message: `notes: at most ${LIMIT} characters (these have ${notes.length.toLocaleString("en-US")})`, field: "notes", limit: NOTES_MAX_LENGTH })
    return
  }
  next()
}

export const orderNotesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/order-notes/extract",
    // Above body-parser's default 100 kb, so notes of any realistic size reach the 413 that names the limit.
    bodyParser: { sizeLimit: "1mb" },
    middlewares: [refuseLongNotes, validateBody(ExtractNotes)],
  },
]
