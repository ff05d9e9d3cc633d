import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStockItemsWorkflow } from "../../../workflows"
import { withConflicts } from "../../utils/http"
import { stockScope } from "../../utils/stock-scope"
import type { ListStockItemsType } from "./validators"
import { serializeStockItem, stockFilters, stockOrder } from "./helpers"

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
  // The page's ids and the count first: read from the list's indexes without touching the rows
  // (a deep page skips index entries, not rows). Then the page's rows with their Medusa records.
  const { data: page, metadata } = await query.graph({
    entity: "jewelry_stock_item",
    fields: ["id"],
    filters,
    pagination: { skip: pagination.skip, take: pagination.take, order: stockOrder(q.order) },
  })
  const ids = page.map((i: any) => i.id as string)
  const { data: rows } = ids.length
    ? await query.graph({ entity: "jewelry_stock_item", fields, filters: { id: ids } })
    : { data: [] as any[] }
  const byId = new Map(rows.map((r: any) => [r.id, r]))
  const data = ids.map((id) => byId.get(id)).filter(Boolean)
  res.json({
    stock_items: data.map((i: any) => serializeStockItem(i, settings.karat_table as any)),
    count: metadata?.count ?? data.length,
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
