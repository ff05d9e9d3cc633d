import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStockItemsWorkflow } from "../../../workflows"
import { withConflicts } from "../../utils/http"
import { stockScope } from "../../utils/stock-scope"
import type { ListStockItemsType } from "./validators"
import { serializeStockItem, stockFilters, stockOrder } from "./helpers"

/** From this offset on, a page reads its ids from the index before its rows. */
const DEFERRED_FROM = 200

/**
 * Stock items, filtered, sorted and paged, limited to the caller's
 * locations, read through Query with their product, variant and location
 * (query-config.ts). A product or location Medusa has since deleted comes
 * back as null beside its id.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListStockItemsType>, res: MedusaResponse) {
  const q = req.validatedQuery as ListStockItemsType
  const { location_ids, settings } = await stockScope(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { fields, pagination } = req.queryConfig
  const filters = stockFilters(q, location_ids) as any
  const order = stockOrder(q.order)
  let data: any[]
  let count: number
  if (pagination.skip < DEFERRED_FROM) {
    // Early pages: one read in the index's order, the rows with their Medusa records.
    const { data: rows, metadata } = await query.graph({ entity: "jewelry_stock_item", fields, filters, pagination: { skip: pagination.skip, take: pagination.take, order } })
    data = rows
    count = metadata?.count ?? rows.length
  } else {
    // A deep page: its ids and the count first, from the list's indexes without touching the rows
    // it skips (an OFFSET over rows would fetch every one of them), then the page's rows.
    const { data: page, metadata } = await query.graph({ entity: "jewelry_stock_item", fields: ["id"], filters, pagination: { skip: pagination.skip, take: pagination.take, order } })
    const ids = page.map((i: any) => i.id as string)
    const { data: rows } = ids.length ? await query.graph({ entity: "jewelry_stock_item", fields, filters: { id: ids } }) : { data: [] as any[] }
    const byId = new Map(rows.map((r: any) => [r.id, r]))
    data = ids.map((id) => byId.get(id)).filter(Boolean)
    count = metadata?.count ?? data.length
  }
  res.json({
    stock_items: data.map((i: any) => serializeStockItem(i, settings.karat_table as any)),
    count,
    limit: pagination.take,
    offset: pagination.skip,
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
