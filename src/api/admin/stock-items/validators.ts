import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { INVENTORY_KINDS } from "../../../lib/industry-defaults"
import { METALS } from "../../../lib/purity"
import { MONEY, POSITIVE_WEIGHT, WEIGHT, WEIGHT_DELTA } from "../../../lib/decimal-input"
import { STOCK_ITEM_LINKS } from "./query-config"
import { body, bool, decimal, id, list, note, oneOf, optNote, optText, pageCursor, paging, pieces, piecesDelta, queryFields, queryId, queryInt, queryText, text } from "../../utils/schemas"

const unit = oneOf(WEIGHT_UNIT_CODES)
const metal = oneOf(METALS)
const kind = oneOf(INVENTORY_KINDS)

export const StockItemBody = body({
  /** Given or generated (leave it out or send null); "" is refused like any empty reference. */
  tag_id: text(50, { re: /^[A-Za-z0-9][A-Za-z0-9\-_.]*$/, message: "letters, digits, - _ or ., starting with a letter or digit" }).nullable().optional(),
  product_id: id("product"),
  variant_id: id("variant").nullable().optional(),
  inventory_type_id: id("inventory_type"),
  shape: optText(200),
  size: optText(200),
  color: optText(200),
  quality: optText(200),
  /** 14K, 585, PT950; "" is refused (leave it out, or null, for no purity). */
  purity: text(40).nullable().optional(),
  metal: metal.nullable().optional(),
  weight: decimal(WEIGHT),
  weight_unit: unit.optional(),
  pieces: pieces().optional(),
  location_id: id("stock_location"),
  rack: optText(200),
  bin: optText(200),
  image_url: optText(2000),
  status: oneOf(["available", "reserved"]).optional(),
  cost_basis: decimal(MONEY).nullable().optional(),
  currency_code: optText(3, { re: /^[A-Za-z]{3}$/, message: "a three-letter code like USD" }),
  notes: optNote(4000),
  metadata: z.record(z.string().max(100), z.unknown()).nullable().optional(),
})

/** Many items at once (`{ items: [...] }`); errors name the row ("row 2: location_id: …"). */
export const CreateStockItemsBulk = body({ items: list(StockItemBody, 1000).min(1, "give at least one item") })

export const ListStockItems = z.object({
  fields: queryFields(Object.keys(STOCK_ITEM_LINKS)),
  q: queryText(),
  product_id: queryId(),
  variant_id: queryId(),
  inventory_kind: kind.optional(),
  inventory_type_id: queryId(),
  shape: queryText(),
  size: queryText(),
  color: queryText(),
  quality: queryText(),
  metal: metal.optional(),
  ownership: oneOf(["shop", "customer"]).optional(),
  customer_id: queryId(),
  fineness: z.string().regex(/^\d{1,4}(\.\d{1,2})?$/, "parts per thousand, e.g. 585").optional(),
  location_id: queryId(),
  status: oneOf(["available", "reserved", "issued", "sold", "scrapped", "returned"]).optional(),
  order: oneOf(["tag_id", "-tag_id", "created_at", "-created_at", "weight", "-weight", "pieces", "-pieces", "updated_at", "-updated_at"]).optional(),
  ...paging(500),
  /** The next page: `cursors.after` of the page before it (read from there, not by skipping `offset` rows). */
  after: pageCursor(),
  /** The previous page: `cursors.before` of the page after it. */
  before: pageCursor(),
})
export type ListStockItemsType = z.infer<typeof ListStockItems>

/** `GET /admin/stock-items/:id?movements_limit=` */
export const StockItemDetail = z.object({ movements_limit: paging(500).limit })

export const AdjustStockItem = body({
  weight_delta: decimal(WEIGHT_DELTA),
  weight_unit: unit.optional(),
  pieces_delta: piecesDelta().optional(),
  note: note(1000),
})

export const MoveStockItem = body({
  location_id: id("stock_location").optional(),
  rack: optText(100),
  bin: optText(100),
  note: optNote(1000),
}).refine((v) => v.location_id !== undefined || v.rack !== undefined || v.bin !== undefined, { message: "give a location, rack or bin", path: ["location_id"] })

export const ChangeStockStatus = body({
  status: oneOf(["available", "reserved", "sold", "scrapped"]),
  note: optNote(1000),
})

export const ImportStockCsv = body({
  // Control characters other than line ends and tabs are refused cell by cell by the import.
  csv: z.string({ error: "must be the CSV file's text" }).min(1, "the file is empty").max(20_000_000, "at most 20,000,000 characters"),
  dry_run: z.boolean({ error: "must be true or false" }).optional(),
})

export const AnalyticsQuery = z.object({
  inventory_kind: kind.optional(),
  days: queryInt(7, 366).optional(),
})

/** Stock items are looked up by the route within the caller's locations (an item elsewhere is "not found" there too). */
export const ChooseProductImage = body({ stock_item_id: id() })

/** SetStones: stones from stock into a piece, each with exact pieces and/or carats, or all of it. */
export const SetStones = body({
  stones: list(
    body({
      stock_item_id: id(),
      full: bool().optional(),
      weight: decimal(POSITIVE_WEIGHT).optional(),
      weight_unit: unit.optional(),
      pieces: pieces().optional(),
    }),
    200
  ).min(1, "pick at least one stone"),
})
