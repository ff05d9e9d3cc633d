import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { INVENTORY_KINDS } from "../../../lib/industry-defaults"
import { METALS } from "../../../lib/purity"

const decimal = (field: string) =>
  z.union([z.number(), z.string().trim()]).refine((v) => /^-?\d+(\.\d+)?$/.test(String(v)), `${field}: must be a decimal number`).transform(String)
const optText = z.string().trim().max(200).nullable().optional()

export const StockItemBody = z
  .object({
    tag_id: z.string().trim().max(50).nullable().optional(),
    product_id: z.string().min(1),
    variant_id: z.string().nullable().optional(),
    inventory_type_id: z.string().min(1),
    shape: optText,
    size: optText,
    color: optText,
    quality: optText,
    purity: z.string().trim().min(1).max(40).nullable().optional(),
    metal: z.enum(METALS as unknown as [string, ...string[]]).nullable().optional(),
    weight: decimal("weight").refine((v) => !v.startsWith("-"), "weight: must be 0 or more"),
    weight_unit: z.enum(WEIGHT_UNIT_CODES as [string, ...string[]]).optional(),
    pieces: z.number().int("pieces: must be a whole number").min(0, "pieces: must be 0 or more").optional(),
    location_id: z.string().min(1),
    rack: optText,
    bin: optText,
    image_url: z.string().trim().max(2000).nullable().optional(),
    status: z.enum(["available", "reserved"]).optional(),
    cost_basis: decimal("cost_basis").refine((v) => !v.startsWith("-"), "cost_basis: must be 0 or more").nullable().optional(),
    currency_code: z.string().trim().length(3).nullable().optional(),
    notes: z.string().max(4000).nullable().optional(),
    metadata: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .strict()

/** One item (the body is the item) or many (`{ items: [...] }`); errors name the item's field either way. */
export const CreateStockItems = z.preprocess(
  (body) => (body && typeof body === "object" && "items" in (body as object) ? body : { items: [body], single: true }),
  z.object({ items: z.array(StockItemBody).min(1).max(1000), single: z.boolean().optional() }).strict()
)

export const ListStockItems = z.object({
  q: z.string().optional(),
  product_id: z.string().optional(),
  variant_id: z.string().optional(),
  inventory_kind: z.enum(INVENTORY_KINDS as unknown as [string, ...string[]]).optional(),
  inventory_type_id: z.string().optional(),
  shape: z.string().optional(),
  size: z.string().optional(),
  color: z.string().optional(),
  quality: z.string().optional(),
  metal: z.enum(METALS as unknown as [string, ...string[]]).optional(),
  ownership: z.enum(["shop", "customer"]).optional(),
  customer_id: z.string().max(100).optional(),
  fineness: z.string().regex(/^\d{1,4}(\.\d{1,2})?$/, "fineness: parts per thousand, e.g. 585").optional(),
  location_id: z.string().optional(),
  status: z.enum(["available", "reserved", "issued", "sold", "scrapped", "returned"]).optional(),
  order: z
    .enum(["tag_id", "-tag_id", "created_at", "-created_at", "weight", "-weight", "pieces", "-pieces", "updated_at", "-updated_at"])
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
})
export type ListStockItemsType = z.infer<typeof ListStockItems>

export const AdjustStockItem = z
  .object({
    weight_delta: decimal("weight_delta"),
    weight_unit: z.enum(WEIGHT_UNIT_CODES as [string, ...string[]]).optional(),
    pieces_delta: z.number().int("pieces_delta: must be a whole number").optional(),
    note: z.string().trim().min(1, "note: say why the stock changed").max(1000),
  })
  .strict()

export const MoveStockItem = z
  .object({
    location_id: z.string().min(1).optional(),
    rack: z.string().trim().max(100).nullable().optional(),
    bin: z.string().trim().max(100).nullable().optional(),
    note: z.string().max(1000).nullable().optional(),
  })
  .strict()
  .refine((v) => v.location_id !== undefined || v.rack !== undefined || v.bin !== undefined, "location_id: give a location, rack or bin")

export const ChangeStockStatus = z
  .object({
    status: z.enum(["available", "reserved", "sold", "scrapped"]),
    note: z.string().max(1000).nullable().optional(),
  })
  .strict()

export const ImportStockCsv = z
  .object({
    csv: z.string().min(1, "csv: the file is empty").max(20_000_000),
    dry_run: z.boolean().optional(),
  })
  .strict()

export const AnalyticsQuery = z.object({
  inventory_kind: z.enum(INVENTORY_KINDS as unknown as [string, ...string[]]).optional(),
  days: z.coerce.number().int().min(7).max(366).optional(),
})

export const ChooseProductImage = z.object({ stock_item_id: z.string().min(1) }).strict()

/** SetStones: stones from stock into a piece, each with exact pieces and/or carats, or all of it. */
export const SetStones = z
  .object({
    stones: z
      .array(
        z
          .object({
            stock_item_id: z.string().trim().min(1, "stock_item_id: pick a stone").max(100),
            full: z.boolean().optional(),
            weight: decimal("weight").refine((v) => !v.startsWith("-") && Number(v) > 0, "weight: over 0").optional(),
            weight_unit: z.enum(WEIGHT_UNIT_CODES as [string, ...string[]]).optional(),
            pieces: z.number().int("pieces: a whole number").min(0, "pieces: 0 or more").max(100_000).optional(),
          })
          .strict()
      )
      .min(1, "stones: pick at least one stone")
      .max(200),
  })
  .strict()
