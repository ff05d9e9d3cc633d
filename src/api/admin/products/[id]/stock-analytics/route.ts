import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../../../modules/stock"
import type StockModuleService from "../../../../../modules/stock/service"
import { formatDecimal, fromGrams, WeightUnit } from "../../../../../lib/units"
import { parseQuery } from "../../../../utils/validation"
import { stockScope } from "../../../../utils/stock-scope"
import { AnalyticsQuery } from "../../../stock-items/validators"
import type { ProductStockAnalyticsResponse } from "../../../../../types/product-stock"

export async function assertProduct(req: AuthenticatedMedusaRequest, withImages = false) {
  const [product] = await req.scope
    .resolve(Modules.PRODUCT)
    .listProducts({ id: [req.params.id] }, withImages ? { take: 1, relations: ["images"] } : { take: 1, select: ["id", "title", "thumbnail"] })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id "${req.params.id}" was not found`)
  return product
}

/**
 * The product page's figures for one inventory kind, in the store's default
 * weight unit: item count, total and average weight, 30-day change, and the
 * daily weight added vs deducted.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseQuery(AnalyticsQuery, req.query)
  const [{ location_ids, settings }] = await Promise.all([stockScope(req), assertProduct(req)])
  const unit = settings.default_weight_unit as WeightUnit
  const service: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const days = q.days ?? 90
  const kind = q.inventory_kind ?? "finished"
  const a = await service.productAnalytics({ product_id: req.params.id, inventory_kind: kind, location_ids, days })
  const inUnit = (grams: string) => formatDecimal(fromGrams(grams, unit), 4)
  const body: ProductStockAnalyticsResponse = {
    analytics: {
      product_id: req.params.id,
      inventory_kind: kind,
      unit,
      days,
      item_count: a.item_count,
      pieces: a.pieces,
      total_weight: inUnit(a.total_grams),
      /** Fine metal per metal, beside the gross weight (SPEC 4b). */
      fine: a.fine.map((f) => ({ metal: f.metal, gross_weight: inUnit(f.gross_grams), fine_weight: inUnit(f.fine_grams) })),
      average_weight: a.item_count ? formatDecimal(fromGrams(a.total_grams, unit).div(a.item_count), 4) : null,
      change_30d: inUnit(a.change_30d_grams),
      series: a.series.map((p) => ({ day: p.day, added: inUnit(p.added_grams), deducted: inUnit(p.deducted_grams) })),
      kinds: a.kinds,
      scope: location_ids === null ? "all_locations" : "own_locations",
    },
  }
  res.json(body)
}
