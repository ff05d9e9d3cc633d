import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStockItemsWorkflow } from "../../../workflows"
import { withConflicts } from "../../utils/http"
import { stockScope } from "../../utils/stock-scope"
import type { ListStockItemsType } from "./validators"
import { serializeStockItem, splitFields, stockFilters, stockOrder } from "./helpers"
import { STOCK_ITEM_LINKS } from "./query-config"
import { STOCK_MODULE, type StockModuleService } from "../../../modules/stock"
import { cursorKeyFits } from "../../../modules/stock/list-sql"
import { encodePageCursor, orderName, type PageEdge } from "../../../lib/page-cursor"

/**
 * Stock items, filtered, sorted and paged, limited to the caller's
 * locations. A page is found by `offset`, or — the admin's next and previous
 * page — from the `cursors.after`/`cursors.before` the page beside it gave,
 * which reads from that point of the list's index however deep the page.
 * The page's rows and the exact count come from the stock module (the
 * list's indexes; the count table for filters on ownership, location
 * and status); the Medusa records they link to (product, variant, location,
 * customer: src/links, query-config.ts) through Query. A product or location
 * Medusa has since deleted comes back as null beside its id.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListStockItemsType>, res: MedusaResponse) {
  const q = req.validatedQuery as ListStockItemsType
  const { location_ids, settings } = await stockScope(req)
  const stock: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const { fields, pagination } = req.queryConfig
  const order = stockOrder(q.order)
  const name = orderName(order)
  const column = Object.keys(order)[0]
  for (const key of ["after", "before"] as const) {
    const given = q[key]
    if (given && given.order !== name) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${key}: this cursor belongs to the list sorted by ${given.order}, not ${name}; start again from offset=0`)
    }
    if (given && !cursorKeyFits(column, given.key)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${key}: is not a page cursor this list gave (its sort value is not a ${column})`)
    }
  }
  if (q.after && q.before) throw new MedusaError(MedusaError.Types.INVALID_DATA, "before: give after or before, not both")
  const page = { skip: pagination.skip, take: pagination.take!, order, after: q.after, before: q.before }
  const { rows, count, edges } = await stock.listStockItemPage(stockFilters(q, location_ids), page)
  const items = await withLinks(req, rows, fields)
  const cursor = (edge: PageEdge | null) => (edge ? encodePageCursor({ ...edge, order: name }) : null)
  res.json({
    stock_items: items.map((i) => serializeStockItem(i, settings.karat_table as any)),
    count,
    limit: pagination.take,
    // With a cursor, the page's place is the client's to keep: offset is the one it sent.
    offset: pagination.skip,
    cursors: { before: cursor(edges.first), after: cursor(edges.last) },
  })
}

/**
 * The requested fields of each row, with the Medusa records its links name (`product.title`,
 * `stock_location.*`), each read through Query by the ids the page's rows hold, all at once.
 * A link none of the page's rows has (no variant, no customer) is not asked for.
 */
async function withLinks(req: AuthenticatedMedusaRequest, rows: Record<string, any>[], fields: string[]) {
  const { own, links } = splitFields(fields)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const linked = await Promise.all(
    Object.entries(links).map(async ([name, linkFields]) => {
      const { entity, key } = STOCK_ITEM_LINKS[name]
      const ids = [...new Set(rows.map((r) => r[key]).filter(Boolean))]
      const { data } = ids.length ? await query.graph({ entity, fields: [...new Set(["id", ...linkFields])], filters: { id: ids } }) : { data: [] }
      return [name, key, new Map((data as any[]).map((d) => [d.id, d]))] as const
    })
  )
  return rows.map((row) => {
    const out: Record<string, any> = own === "*" ? { ...row } : Object.fromEntries(own.filter((k) => k in row).map((k) => [k, row[k]]))
    for (const [name, key, byId] of linked) out[name] = byId.get(row[key]) ?? null
    return out
  })
}

/** Records one item (the body is the item) or many (`{ items: [...] }`) in one go. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { location_ids, settings } = await stockScope(req)
  const body = req.validatedBody
  const items = body.items
  if (location_ids) {
    const outside = items.findIndex((i: any) => !location_ids.includes(i.location_id))
    if (outside >= 0) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `location_id: you can only record stock at your own locations`)
    }
  }
  const { result } = await createStockItemsWorkflow(req.scope).run({
    input: { items, actor_id: req.auth_context?.actor_id ?? null },
  })
  const serialized = result.map((i: any) => serializeStockItem(i, settings.karat_table as any))
  res.status(201).json(body.single ? { stock_item: serialized[0] } : { stock_items: serialized })
})
