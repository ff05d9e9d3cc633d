import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import BigNumber from "bignumber.js"
import { MedusaError } from "@medusajs/framework/utils"
import { METAL_PRICES_MODULE } from "../../../../modules/metal-prices"
import type MetalPricesModuleService from "../../../../modules/metal-prices/service"
import { STOCK_MODULE } from "../../../../modules/stock"
import { STYLE_MODULE } from "../../../../modules/style"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import { bomMetals, bomStonesAndFindings, currencyPrecision, valueAtRates } from "../../../../lib/metal-prices"
import { bomEstimate } from "../../../../lib/bom"
import { storeCurrencies } from "../../../../workflows/metal-prices/pricing"
import { assertVisible, stockScope } from "../../../utils/stock-scope"

const rawOf = (r: any, k: string) => String(r[`raw_${k}`]?.value ?? r[k] ?? "0")

/**
 * Costs at today's rate beside what was recorded: a stock item's
 * replacement value (its fine metal at the day's rate) beside its cost
 * basis, a style's BOM estimate with its metal at the day's rate, and a
 * job's material cost beside the metal issued into it at the day's rate.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { stock_item_id?: string; style_id?: string; job_id?: string; currency_code?: string }
  const given = [q.stock_item_id && "stock_item_id", q.style_id && "style_id", q.job_id && "job_id"].filter(Boolean)
  if (given.length !== 1) throw new MedusaError(MedusaError.Types.INVALID_DATA, "stock_item_id: give one of stock_item_id, style_id or job_id")
  const svc: MetalPricesModuleService = req.scope.resolve(METAL_PRICES_MODULE)
  const currencies = await storeCurrencies(req.scope)
  const fallback = currencies.find((c) => c.is_default)?.code ?? currencies[0]?.code ?? "usd"
  const at = async (code: string, metals: { metal: string | null; fine_grams: string }[]) => {
    const table = await svc.rateTable(code)
    const precision = currencyPrecision(code, currencies.find((c) => c.code === code)?.precision)
    const dates = Object.values(table).map((r) => r!.rate_date!).sort()
    return { ...valueAtRates(metals, table, precision), precision, rates_date: dates.length ? dates[dates.length - 1] : null }
  }

  if (q.stock_item_id) {
    const { location_ids } = await stockScope(req)
    const [item]: any[] = await (req.scope.resolve(STOCK_MODULE) as any).listStockItems({ id: q.stock_item_id }, { take: 1 })
    if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock item with id "${q.stock_item_id}" was not found`)
    assertVisible(item, location_ids)
    const code = q.currency_code ?? item.currency_code ?? fallback
    const v = await at(code, [{ metal: item.metal, fine_grams: rawOf(item, "fine_grams") }])
    return res.json({
      valuation: { kind: "stock_item", id: item.id, currency_code: code, recorded_label: "cost_basis", recorded: item.cost_basis === null ? null : new BigNumber(rawOf(item, "cost_basis")).toFixed(), recorded_currency: item.currency_code ?? null, at_rate: v.value, metals: v.metals, missing: v.missing, rates_date: v.rates_date },
    })
  }

  if (q.style_id) {
    const [style]: any[] = await (req.scope.resolve(STYLE_MODULE) as any).listStyles({ id: q.style_id }, { relations: ["bom_lines", "labor_lines"], take: 1 })
    if (!style) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Style with id "${q.style_id}" was not found`)
    const settings: any = await (req.scope.resolve(PRODUCTION_MODULE) as any).getSettings()
    const bom = style.bom_lines.map((l: any) => ({ ...l, weight: l.weight === null ? null : rawOf(l, "weight"), unit_cost: rawOf(l, "unit_cost") }))
    const labor = style.labor_lines.map((l: any) => ({ cost: rawOf(l, "cost") }))
    const estimate = bomEstimate(bom, labor)
    const code = style.currency_code
    const v = await at(code, bomMetals(bom, (settings.karat_table as any) ?? null).map((m) => ({ metal: m.metal, fine_grams: String(m.fine_grams) })))
    const rest = bomStonesAndFindings(bom)
    const atRate = v.value === null ? null : new BigNumber(v.value).plus(rest.stones).plus(rest.findings).plus(estimate.labor).toFixed(v.precision)
    return res.json({
      valuation: { kind: "style", id: style.id, currency_code: code, recorded_label: "bom_estimate", recorded: estimate.per_piece, recorded_currency: code, metal_recorded: estimate.metal, metal_at_rate: v.value, at_rate: atRate, metals: v.metals, missing: v.missing, rates_date: v.rates_date },
    })
  }

  const production: any = req.scope.resolve(PRODUCTION_MODULE)
  const [job]: any[] = await production.listProductionJobs({ id: q.job_id }, { take: 1 })
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production job with id "${q.job_id}" was not found`)
  const [figures, costs] = await Promise.all([production.jobFigures([job.id]), production.jobCosts([job.id])])
  const fine = (figures.get(job.id)?.fine ?? {}) as Record<string, { input: string }>
  const code = q.currency_code ?? fallback
  const v = await at(code, Object.entries(fine).map(([metal, f]) => ({ metal, fine_grams: String(f.input ?? "0") })))
  const c = costs.get(job.id) ?? { material_cost: "0" }
  return res.json({
    valuation: { kind: "job", id: job.id, currency_code: code, recorded_label: "material_cost", recorded: new BigNumber(c.material_cost).toFixed(2), recorded_currency: null, at_rate: v.value, metals: v.metals, missing: v.missing, rates_date: v.rates_date },
  })
}
