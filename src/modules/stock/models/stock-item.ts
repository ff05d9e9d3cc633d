import { model } from "@medusajs/framework/utils"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { INVENTORY_KINDS } from "../../../lib/industry-defaults"
import { METALS } from "../../../lib/purity"

import { STOCK_STATUSES } from "../../../lib/stock-statuses"

export { STOCK_STATUSES }
/** Whose the thing is: the shop's stock, or a customer's piece in the shop's custody (a repair). */
export const STOCK_OWNERSHIPS = ["shop", "customer"] as const
export type StockStatus = (typeof STOCK_STATUSES)[number]

/**
 * One physical thing the workshop weighs and tags. Its weight and pieces
 * are the running sum of its movements and change only through the ledger.
 * `weight` is in `weight_unit`; `weight_grams` is the same weight in grams,
 * for totals across units.
 */
export const StockItem = model
  .define("jewelry_stock_item", {
    id: model.id({ prefix: "jsi" }).primaryKey(),
    tag_id: model.text().searchable(),
    /** The catalog product; none for a customer's piece, which is not the shop's. */
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    inventory_kind: model.enum(INVENTORY_KINDS as unknown as string[]),
    inventory_type_id: model.text(),
    shape: model.text().nullable(),
    size: model.text().nullable(),
    color: model.text().nullable(),
    quality: model.text().nullable(),
    /** Precious metal and its fineness in parts per thousand (SPEC 4b); none for stones and supplies. */
    metal: model.enum(METALS as unknown as string[]).nullable(),
    fineness: model.bigNumber().nullable(),
    weight: model.bigNumber().default(0),
    weight_unit: model.enum(WEIGHT_UNIT_CODES as unknown as string[]),
    weight_grams: model.bigNumber().default(0),
    /** weight_grams × fineness ÷ 1000, exact; 0 without a purity. */
    fine_grams: model.bigNumber().default(0),
    pieces: model.number().default(0),
    location_id: model.text(),
    rack: model.text().nullable(),
    bin: model.text().nullable(),
    image_url: model.text().nullable(),
    status: model.enum(STOCK_STATUSES as unknown as string[]).default("available"),
    /** A customer's piece is never shop stock: not sellable, not in Medusa's stock or the analytics, but findable. */
    ownership: model.enum(STOCK_OWNERSHIPS as unknown as string[]).default("shop"),
    customer_id: model.text().nullable(),
    cost_basis: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    source_item_id: model.text().nullable(),
    job_id: model.text().nullable(),
    notes: model.text().nullable(),
    metadata: model.json().nullable(),
    movements: model.hasMany(() => StockMovement, { mappedBy: "stock_item" }),
    stones_set: model.hasMany(() => StoneSetting, { mappedBy: "item" }),
  })
  .indexes([
    { name: "IDX_jewelry_stock_item_tag_unique", on: ["tag_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "inventory_kind", "status"] },
    { on: ["location_id"] },
    { on: ["variant_id", "location_id"] },
    { on: ["job_id"] },
    { on: ["ownership", "customer_id"] },
    // The stock list's shapes (GET /admin/stock-items): shop stock of a location and status, and all
    // shop stock, each in the list's default order and by weight. The tie-break is the id in the same
    // direction, so a page is read from the index in order and the count is an index-only scan.
    { name: "IDX_jewelry_stock_item_list_loc_status_created", on: ["ownership", "location_id", "status", "created_at", "id"], where: "deleted_at IS NULL" },
    { name: "IDX_jewelry_stock_item_list_loc_status_weight", on: ["ownership", "location_id", "status", "weight_grams", "id"], where: "deleted_at IS NULL" },
    { name: "IDX_jewelry_stock_item_list_created", on: ["ownership", "created_at", "id"], where: "deleted_at IS NULL" },
    { name: "IDX_jewelry_stock_item_list_weight", on: ["ownership", "weight_grams", "id"], where: "deleted_at IS NULL" },
  ])
  .checks([
    { name: "jewelry_stock_item_weight_nonneg", expression: (c) => `${c.weight} >= 0 AND ${c.weight_grams} >= 0` },
    { name: "jewelry_stock_item_pieces_nonneg", expression: (c) => `${c.pieces} >= 0` },
    {
      name: "jewelry_stock_item_purity_check",
      expression: (c) => `(${c.metal} IS NULL) = (${c.fineness} IS NULL) AND (${c.fineness} IS NULL OR (${c.fineness} > 0 AND ${c.fineness} <= 1000))`,
    },
  ])

export const MOVEMENT_REASONS = [
  "initial",
  "import",
  "adjustment",
  "transfer",
  "status_change",
  "issue",
  "return_from_job",
  "receive",
  "allocation",
  "deallocation",
  "sale",
  "sale_return",
  "scrap",
  "purchase_receipt",
  "close_out",
  "refining",
  "refining_receipt",
  "melt",
  "melt_output",
  "set_stones",
  "unset_stones",
  "repair_return",
  "intake",
  "pickup",
] as const

/**
 * The append-only ledger. `grams_delta` and `pieces_delta` are signed
 * (added > 0, deducted < 0). Product, kind and location are copied from the
 * item so analytics never join or load items.
 */
export const StockMovement = model
  .define("jewelry_stock_movement", {
    id: model.id({ prefix: "jsm" }).primaryKey(),
    stock_item: model.belongsTo(() => StockItem, { mappedBy: "movements" }),
    direction: model.enum(["added", "deducted", "none"]),
    reason: model.enum(MOVEMENT_REASONS as unknown as string[]),
    weight: model.bigNumber().default(0),
    weight_unit: model.enum(WEIGHT_UNIT_CODES as unknown as string[]),
    grams_delta: model.bigNumber().default(0),
    /** The item's metal and fineness when the movement was made, and grams_delta × fineness ÷ 1000. */
    metal: model.text().nullable(),
    fineness: model.bigNumber().nullable(),
    fine_grams_delta: model.bigNumber().default(0),
    pieces_delta: model.number().default(0),
    balance_weight: model.bigNumber().default(0),
    balance_pieces: model.number().default(0),
    product_id: model.text().nullable(),
    inventory_kind: model.text(),
    location_id: model.text(),
    from_location_id: model.text().nullable(),
    note: model.text().nullable(),
    actor_id: model.text().nullable(),
    reference_type: model.text().nullable(),
    reference_id: model.text().nullable(),
  })
  .indexes([
    { on: ["product_id", "inventory_kind", "created_at"] },
    { on: ["reference_type", "reference_id"] },
  ])

/**
 * A stone set into a piece (SetStones, seed 003): taken out of stock through
 * the ledger into the piece, whose weight and cost basis grow by it. The
 * piece keeps the list as its as-built record, also once it is sold;
 * unsetting gives the stone back to stock.
 */
export const StoneSetting = model
  .define("jewelry_stone_setting", {
    id: model.id({ prefix: "jss" }).primaryKey(),
    item: model.belongsTo(() => StockItem, { mappedBy: "stones_set" }),
    stone_item_id: model.text(),
    stone_tag_id: model.text(),
    product_id: model.text(),
    shape: model.text().nullable(),
    size: model.text().nullable(),
    color: model.text().nullable(),
    quality: model.text().nullable(),
    pieces: model.number().default(0),
    weight: model.bigNumber().default(0),
    weight_unit: model.enum(WEIGHT_UNIT_CODES as unknown as string[]),
    grams: model.bigNumber().default(0),
    cost: model.bigNumber().default(0),
    set_by: model.text().nullable(),
    stone_movement_id: model.text().nullable(),
    item_movement_id: model.text().nullable(),
    unset_at: model.dateTime().nullable(),
    unset_by: model.text().nullable(),
  })
  .indexes([{ on: ["stone_item_id"] }])

/**
 * Daily roll-up of the ledger per product, kind and location (the movement's), kept in the same
 * transaction as each movement. An admin's chart sums a day's locations; staff limited to some
 * locations read theirs: neither reads the ledger, so both stay flat as it grows.
 */
export const StockDailyTotal = model
  .define("jewelry_stock_daily_total", {
    id: model.id({ prefix: "jsd" }).primaryKey(),
    product_id: model.text(),
    inventory_kind: model.text(),
    location_id: model.text(),
    day: model.dateTime(),
    added_grams: model.bigNumber().default(0),
    deducted_grams: model.bigNumber().default(0),
    movements: model.number().default(0),
  })
  .indexes([{ name: "IDX_jewelry_stock_daily_location_unique", on: ["product_id", "inventory_kind", "day", "location_id"], unique: true, where: "deleted_at IS NULL" }])

/**
 * How many items there are per ownership, location and status: the stock list's exact count for its
 * common filters is a sum of a few of these rows instead of a count over every matching item.
 * Written only by the database (triggers on `jewelry_stock_item`, migration Migration20261203090000):
 * each statement that adds, removes or changes items appends its net change per key, so writers
 * never wait on one another's counter row; `compactStockCounts` folds the rows into one per key.
 */
export const StockCount = model
  .define("jewelry_stock_count", {
    id: model.id({ prefix: "jsc" }).primaryKey(),
    ownership: model.text(),
    location_id: model.text(),
    status: model.text(),
    items: model.number(),
  })
  .indexes([{ name: "IDX_jewelry_stock_count_key", on: ["ownership", "location_id", "status"], where: "deleted_at IS NULL" }])

/** The last sequence number used per tag stem (org prefix + short name). */
export const TagSequence = model
  .define("jewelry_tag_sequence", {
    id: model.id({ prefix: "jts" }).primaryKey(),
    stem: model.text(),
    last_value: model.number().default(0),
  })
  .indexes([{ name: "IDX_jewelry_tag_sequence_stem_unique", on: ["stem"], unique: true, where: "deleted_at IS NULL" }])
