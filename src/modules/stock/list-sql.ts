import type { PageEdge } from "../../lib/page-cursor"

/**
 * SQL for the stock list (`StockModuleService.listStockItemPage`): a list reads many rows and
 * builds no entities, so its filters are written here, for the columns a list may filter and sort
 * on only. Anything else is refused, never passed through.
 */
export const LIST_COLUMNS = [
  "id", "tag_id", "product_id", "variant_id", "inventory_kind", "inventory_type_id", "shape", "size", "color", "quality",
  "metal", "fineness", "weight", "weight_unit", "weight_grams", "fine_grams", "pieces", "location_id", "rack", "bin",
  "status", "ownership", "customer_id", "job_id", "source_item_id", "created_at", "updated_at",
] as const

const COLUMNS: ReadonlySet<string> = new Set(LIST_COLUMNS)

export type ListFilterValue = string | number | boolean | null | string[] | { $ilike: string }
export type ListOrder = Record<string, "ASC" | "DESC">

/** `WHERE` conditions (with `?` placeholders) and their values; live items only. */
export function stockListWhere(filters: Record<string, unknown>): { sql: string; params: unknown[] } {
  const parts = ["deleted_at IS NULL"]
  const params: unknown[] = []
  for (const [column, value] of Object.entries(filters)) {
    if (value === undefined) continue
    if (!COLUMNS.has(column)) throw new Error(`stock list: no filter on "${column}"`)
    if (value === null) parts.push(`"${column}" IS NULL`)
    else if (Array.isArray(value)) {
      if (!value.every((v) => typeof v === "string")) throw new Error(`stock list: "${column}" takes a list of texts`)
      if (!value.length) parts.push("false")
      else {
        parts.push(`"${column}" IN (?)`)
        params.push(value)
      }
    } else if (typeof value === "object") {
      const keys = Object.keys(value as object)
      const like = (value as { $ilike?: unknown }).$ilike
      if (keys.length !== 1 || typeof like !== "string") throw new Error(`stock list: "${column}" takes a value, a list or { $ilike }`)
      parts.push(`"${column}" ILIKE ?`)
      params.push(like)
    } else {
      parts.push(`"${column}" = ?`)
      params.push(value)
    }
  }
  return { sql: parts.join(" AND "), params }
}

/** `ORDER BY` for the list's columns. */
export function stockListOrder(order: ListOrder): string {
  const terms = Object.entries(order).map(([column, dir]) => {
    if (!COLUMNS.has(column)) throw new Error(`stock list: no order by "${column}"`)
    if (dir !== "ASC" && dir !== "DESC") throw new Error(`stock list: order "${dir}" is not ASC or DESC`)
    return `"${column}" ${dir}`
  })
  if (!terms.length) throw new Error("stock list: an order is needed")
  return terms.join(", ")
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/
const INT4_MAX = 2147483647

/**
 * Whether a cursor's sort value is one the database reads as that column's type (`timestamptz` as
 * Postgres writes it, a non-negative decimal, an int4; text as it is). A cursor is the client's to
 * send back, so an edited one is refused here rather than failing in the database.
 */
export function cursorKeyFits(column: string, key: string): boolean {
  switch (column) {
    case "created_at":
    case "updated_at": {
      const m = TIMESTAMP.exec(key)
      if (!m) return false
      const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number)
      const day = new Date(Date.UTC(y, mo - 1, d))
      return y >= 1 && day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && h < 24 && mi < 60 && sec < 60
    }
    case "weight_grams":
      return /^\d{1,30}(\.\d{1,30})?$/.test(key)
    case "pieces":
      return /^\d{1,10}$/.test(key) && Number(key) <= INT4_MAX
    case "tag_id":
      return true
    default:
      return false
  }
}

/** From this offset on, a page reads its ids from the list's index before its rows. */
export const DEEP_PAGE = 200

/** The column each page row carries its sort value in, as text (the cursor's key; list-sql's callers strip it). */
export const PAGE_KEY = "__page_key"

export type ListPage = {
  skip: number
  take: number
  order: ListOrder
  /** Read the rows after this one (the next page) instead of skipping `skip` rows. */
  after?: PageEdge
  /** Read the rows before this one (the previous page). */
  before?: PageEdge
}

/**
 * One page of items in one statement, each row with its sort value as text (`PAGE_KEY`).
 *
 * - From a cursor (`after`/`before`: the next or previous page): the rows past that point of the
 *   list's index, by a row comparison the index answers directly, however deep the page.
 * - By offset, early: the rows in the list's order straight from the index.
 * - By offset, deep: the ids first (an index-only scan: the rows it skips are never fetched),
 *   then those rows — planning that costs more than it saves on an early page.
 */
export function stockListPageSql(filters: Record<string, unknown>, page: ListPage) {
  const where = stockListWhere(filters)
  const order = stockListOrder(page.order)
  const [column, dir] = Object.entries(page.order)[0]
  const select = `SELECT *, "${column}"::text AS "${PAGE_KEY}" FROM jewelry_stock_item`
  const edge = page.after ?? page.before
  if (edge) {
    if (page.after && page.before) throw new Error("stock list: a page is read after a row or before one, not both")
    const keys = Object.entries(page.order)
    if (keys.length !== 2 || keys[1][0] !== "id" || keys[1][1] !== dir || column === "id") {
      throw new Error("stock list: a cursor needs an order by one column and then the id, the same way")
    }
    // Forward after the row in the list's direction; backward before it in the reverse one, then turned back.
    const forward = !!page.after
    const ascending = (dir === "ASC") === forward
    const seek = `("${column}", "id") ${ascending ? ">" : "<"} (?, ?)`
    const params = [...where.params, edge.key, edge.id, page.take]
    if (forward) return { sql: `${select} WHERE ${where.sql} AND ${seek} ORDER BY ${order} LIMIT ?`, params }
    const reverse = stockListOrder(Object.fromEntries(keys.map(([k, d]) => [k, d === "ASC" ? "DESC" : "ASC"])) as ListOrder)
    return { sql: `SELECT * FROM (${select} WHERE ${where.sql} AND ${seek} ORDER BY ${reverse} LIMIT ?) AS p ORDER BY ${order}`, params }
  }
  const params = [...where.params, page.take, page.skip]
  if (page.skip < DEEP_PAGE) {
    return { sql: `${select} WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, params }
  }
  return {
    sql: `${select} WHERE id IN (
            SELECT id FROM jewelry_stock_item WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?
          ) ORDER BY ${order}`,
    params,
  }
}

/**
 * The exact number of live items matching `filters`: a sum of `jewelry_stock_count` rows when the
 * filter is on ownership, location and status only (a few rows whatever the stock's size), else a
 * count of the items.
 */
export function stockListCountSql(filters: Record<string, unknown>) {
  const keys = countKeys(filters)
  if (keys) {
    const on = COUNT_KEYS.filter((k) => keys[k])
    return {
      sql: `SELECT COALESCE(SUM(items), 0)::text AS n FROM jewelry_stock_count WHERE deleted_at IS NULL${on.map((k) => ` AND "${k}" IN (?)`).join("")}`,
      params: on.map((k) => keys[k]),
    }
  }
  const where = stockListWhere(filters)
  return { sql: `SELECT COUNT(*)::text AS n FROM jewelry_stock_item WHERE ${where.sql}`, params: where.params }
}

/** The columns `jewelry_stock_count` counts by. */
export const COUNT_KEYS = ["ownership", "location_id", "status"] as const
export type CountKeys = Partial<Record<(typeof COUNT_KEYS)[number], string[]>>

/** The keys of `jewelry_stock_count` a filter selects, or null when it filters on anything else. */
export function countKeys(filters: Record<string, unknown>): CountKeys | null {
  const out: CountKeys = {}
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue
    if (!(COUNT_KEYS as readonly string[]).includes(key)) return null
    const values = typeof value === "string" ? [value] : Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : null
    if (!values) return null
    // An empty list matches nothing; `IN ()` is no SQL, so it asks for a key no row has.
    out[key as keyof CountKeys] = values.length ? values : [""]
  }
  return out
}
