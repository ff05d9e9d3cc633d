import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../../../../../modules/stock"
import type StockModuleService from "../../../../../../../modules/stock/service"
import { byFit, Fit, lineFit, StockCandidate } from "../../../../../../../lib/line-fit"
import { loadOrder } from "../../../../../../../workflows/jewelry-orders/order-facts"
import { formatDecimal } from "../../../../../../../lib/units"
import { parseQuery } from "../../../../../../utils/validation"
import { stockScope } from "../../../../../../utils/stock-scope"
import { ListLineCandidates } from "../../../../validators"

const candidate = (i: any): StockCandidate => ({ ...i, weight_grams: i.weight_grams === null || i.weight_grams === undefined ? null : String(i.weight_grams) })
const answer = (i: any, fit: Fit) => ({
  id: i.id,
  tag_id: i.tag_id,
  product_id: i.product_id,
  variant_id: i.variant_id,
  size: i.size,
  shape: i.shape,
  pieces: i.pieces,
  weight: formatDecimal(String(i.weight)),
  weight_unit: i.weight_unit,
  location_id: i.location_id,
  status: i.status,
  match: fit.fits ? fit.match : null,
})

/**
 * Select Inventory's lookup: the stock that fits this line (src/lib/line-fit),
 * the line's variant first, paginated with an exact count. `code` resolves
 * one tag ID (a scan): the piece if it fits, else why not (`rejected`).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseQuery(ListLineCandidates, req.query)
  const order = await loadOrder(req.scope, req.params.id)
  const line = order.items.find((i) => i.id === req.params.line_id)
  if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line "${req.params.line_id}" is not on order #${order.display_id}`)
  const { location_ids } = await stockScope(req)
  const stock: StockModuleService = req.scope.resolve(STOCK_MODULE)

  if (q.code) {
    const [item]: any[] = await stock.listStockItems({ tag_id: { $ilike: q.code.trim().replace(/[%_\\]/g, "\\$&") } } as any, { take: 1 })
    // Stock outside the caller's locations does not exist for them (SPEC 7).
    if (!item || (location_ids && !location_ids.includes(item.location_id))) {
      return res.json({ candidates: [], count: 0, limit: q.limit, offset: 0, rejected: { code: q.code, reason: "not_found", message: `No stock item has the tag ${q.code}` } })
    }
    const fit = lineFit(line.spec, candidate(item), { location_ids })
    return fit.fits
      ? res.json({ candidates: [answer(item, fit)], count: 1, limit: q.limit, offset: 0, rejected: null })
      : res.json({ candidates: [], count: 0, limit: q.limit, offset: 0, rejected: { code: q.code, tag_id: item.tag_id, reason: fit.reason, message: fit.message } })
  }

  // The database narrows to available pieces of the line's product in the caller's locations; the rule decides the rest.
  const filters: any = { status: "available", pieces: { $gt: 0 }, ownership: { $ne: "customer" } }
  if (line.spec.product_id) filters.product_id = line.spec.product_id
  else if (line.spec.variant_id) filters.variant_id = line.spec.variant_id
  if (location_ids) filters.location_id = location_ids
  const items: any[] = await stock.listStockItems(filters, { take: null as any, order: { tag_id: "ASC" } })
  const fitting = items
    .map((i) => ({ i, tag_id: i.tag_id as string, fit: lineFit(line.spec, candidate(i), { location_ids }) }))
    .filter((x) => x.fit.fits)
    .sort(byFit)
  res.json({
    candidates: fitting.slice(q.offset, q.offset + q.limit).map((x) => answer(x.i, x.fit)),
    count: fitting.length,
    limit: q.limit,
    offset: q.offset,
    rejected: null,
  })
}
