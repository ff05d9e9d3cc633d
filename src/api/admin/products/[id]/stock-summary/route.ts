import type { WeightUnit } from "../../../../../lib/units"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import BigNumber from "bignumber.js"
import { STOCK_MODULE } from "../../../../../modules/stock"
import type StockModuleService from "../../../../../modules/stock/service"
import { summaryProviderFromOptions } from "../../../../../lib/activity-summary"
import { pluginOptions } from "../../../../../utils/plugin-options"
import { parseQuery } from "../../../../utils/validation"
import { stockScope } from "../../../../utils/stock-scope"
import { AnalyticsQuery } from "../../../stock-items/validators"
import { assertProduct } from "../stock-analytics/route"
import type { ProductStockSummaryResponse } from "../../../../../types/product-stock"

/** A written summary of the last 30 days, from the configured provider (offline by default). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseQuery(AnalyticsQuery, req.query)
  const { location_ids, settings } = await stockScope(req)
  const product = await assertProduct(req)
  const service: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const kind = q.inventory_kind ?? "finished"
  const days = 30
  const [a, reasons] = await Promise.all([
    service.productAnalytics({ product_id: product.id, inventory_kind: kind, location_ids, days }),
    service.activityByReason({ product_id: product.id, inventory_kind: kind, location_ids, days }),
  ])
  const provider = summaryProviderFromOptions(pluginOptions(req.scope) as any)
  const summary = await provider.summarize({
    product_title: product.title,
    inventory_kind: kind,
    unit: settings.default_weight_unit as WeightUnit,
    days,
    item_count: a.item_count,
    pieces: a.pieces,
    total_grams: a.total_grams,
    change_grams: reasons.reduce((n, r) => n.plus(r.added_grams).minus(r.deducted_grams), new BigNumber(0)).toFixed(),
    by_reason: reasons.map((r) => ({ reason: r.reason, movements: r.movements, added_grams: r.added_grams, deducted_grams: r.deducted_grams })),
    locations: Math.max(0, ...reasons.map((r) => r.locations)),
    last_movement_at: null,
  })
  const body: ProductStockSummaryResponse = { summary }
  res.json(body)
}
