import { z } from "@medusajs/framework/zod"
import { TAG_STOCK_IDS, TAG_SYMBOLOGIES } from "../../../lib/tags-print"
import { body, bool, ids, int, oneOf, queryText } from "../../utils/schemas"

/**
 * `POST /admin/tags/print`: tags for these stock items, in this order (each
 * once). Stock and barcode default to Settings → Production; `send` sends
 * ZPL to the printer in the plugin options instead of answering with a file.
 */
export const PrintTags = body({
  // Looked up within the caller's locations by the route (an item of another location is not found).
  stock_item_ids: ids(undefined, 500).min(1, "choose at least one stock item"),
  format: oneOf(["pdf", "zpl"] as const),
  symbology: oneOf(TAG_SYMBOLOGIES).optional(),
  stock: oneOf(TAG_STOCK_IDS).optional(),
  /** Labels already used on the first sheet (sheets only). */
  skip: int(0, 79, "a whole number of labels").optional(),
  /** The Zebra printer's resolution (ZPL is laid out in its dots): 203 unless given. */
  dpi: int(150, 600, "dots per inch").optional(),
  send: bool().optional(),
})
export type PrintTagsType = z.infer<typeof PrintTags>

/** `GET /admin/tags/resolve?code=`: what a scanned code is. */
export const ResolveCode = z.object({ code: queryText(60).refine((v) => v !== undefined && v.trim() !== "", "is required: the scanned code") })

/** `POST /admin/tags/stage-scans`: a stage card scanned at the bench. */
export const ScanStage = body({ code: z.string({ error: "is required: the scanned stage card" }).max(60, "must be at most 60 characters") })
