/**
 * Keyset paging for lists sorted by one column and then the id: a page's cursor names the sort
 * value and id of its first or last row, so the next (or previous) page is read from that point
 * of the list's index rather than by skipping every earlier row, which costs a deep page as much
 * as all the pages before it. The cursor is opaque to clients; it carries the order it was made
 * for, so it is never applied to another.
 */
export type PageEdge = {
  /** The sort column's value as the database writes it as text (full precision: a timestamp keeps its microseconds). */
  key: string
  id: string
}
export type PageCursor = PageEdge & {
  /** The order it belongs to, e.g. "weight_grams DESC". */
  order: string
}

/** What a list's response gives beside its rows: the cursors of the pages before and after it (null on an empty page). */
export type PageCursors = { before: string | null; after: string | null }

const MAX_PART = 200

export function encodePageCursor(c: PageCursor): string {
  return Buffer.from(JSON.stringify([c.order, c.key, c.id]), "utf8").toString("base64url")
}

/** The cursor a page gave, or null for anything else (edited, truncated, made up). */
export function decodePageCursor(text: string): PageCursor | null {
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(text)) return null
  let parts: unknown
  try {
    parts = JSON.parse(Buffer.from(text, "base64url").toString("utf8"))
  } catch {
    return null
  }
  if (!Array.isArray(parts) || parts.length !== 3) return null
  // A NUL is no text Postgres stores: no list gave one.
  if (!parts.every((p) => typeof p === "string" && p.length > 0 && p.length <= MAX_PART && !p.includes("\u0000"))) return null
  const [order, key, id] = parts as string[]
  return { order, key, id }
}

/** The order's name a cursor carries: its first column and direction ("weight_grams DESC"). */
export function orderName(order: Record<string, "ASC" | "DESC">): string {
  const [column, dir] = Object.entries(order)[0] ?? []
  return `${column} ${dir}`
}
