import type { Metal } from "../../lib/purity"
import type { MakingPer, MetalSource, PriceBreakdown, RateUnit, Rounding } from "../../lib/metal-prices"

/** Shared by the metal-prices routes and the admin screens. Decimals are strings, exact. */

export type MetalRate = {
  id: string
  metal: Metal
  currency_code: string
  rate: string
  rate_unit: RateUnit
  rate_per_gram: string
  rate_per_ozt: string
  rate_date: string
  source: "manual" | "provider"
  created_by?: string | null
  note?: string | null
  created_at: string
}

export type StoreCurrencyInfo = { code: string; precision: number; is_default: boolean }

export type TodayRatesResponse = {
  rates: MetalRate[]
  currencies: StoreCurrencyInfo[]
  provider: { configured: false } | { configured: true; every_minutes: number; unit: RateUnit; currencies: string[]; last_fetch_at: string | null }
}

export type RatesResponse = { rates: MetalRate[]; count: number; limit: number; offset: number }

export type RatesBody = { rates: { metal: Metal; currency_code: string; rate: string; rate_unit: RateUnit; rate_date?: string; note?: string | null }[] }

export type PriceRule = {
  id: string
  name: string
  style_id: string | null
  product_id: string | null
  metal_source: MetalSource
  making_charges: Record<string, string>
  making_per: MakingPer
  markup_pct: string
  rounding: Rounding
  is_active: boolean
  auto_reprice: boolean
  auto_threshold_pct: string | null
  style: { id: string; code: string; name: string; variant_id: string | null; currency_code: string } | null
  product: { id: string; title: string } | null
  created_at: string
}

export type PriceRuleBody = {
  name?: string
  style_id?: string | null
  product_id?: string | null
  metal_source?: MetalSource
  making_charges?: Record<string, string>
  making_per?: MakingPer
  markup_pct?: string
  rounding?: Rounding
  is_active?: boolean
  auto_reprice?: boolean
  auto_threshold_pct?: string | null
}

/** The split of a price, as the rules compute it (src/lib/metal-prices). */
export type PriceBreakdownView = PriceBreakdown

export type PriceChangeStatus = "proposed" | "unpriced" | "unchanged" | "applied" | "not_accepted"

export type PriceChange = {
  id: string
  rule_id: string
  variant_id: string
  product_id: string | null
  currency_code: string
  status: PriceChangeStatus
  price_id: string | null
  old_amount: string | null
  new_amount: string | null
  change_pct: string | null
  reason: string | null
  breakdown: PriceBreakdownView | null
  applied_at: string | null
  variant: { id: string; title: string; sku: string | null } | null
  product: { id: string; title: string | null } | null
  rule: { id: string; name: string } | null
}

export type Reprice = {
  id: string
  status: "previewed" | "applied" | "superseded"
  source: "manual" | "scheduled"
  rule_ids: string[]
  threshold_pct: string | null
  applied_at: string | null
  created_at: string
  counts: Record<PriceChangeStatus, number>
  changes: PriceChange[]
}

export type Valuation = {
  kind: "stock_item" | "style" | "job"
  id: string
  currency_code: string
  recorded_label: "cost_basis" | "bom_estimate" | "material_cost"
  recorded: string | null
  recorded_currency: string | null
  metal_recorded?: string
  metal_at_rate?: string | null
  at_rate: string | null
  metals: { metal: Metal; fine_grams: string; per_gram: string | null; value: string | null }[]
  missing: Metal[]
  rates_date: string | null
}

export type StorePriceBreakdown = {
  variant_id: string
  currency_code: string
  metal: string
  stones: string
  making: string
  tax: string
  tax_rate_pct: string | null
  tax_inclusive: boolean
  price: string
  net: string
  total: string
  metals: { metal: Metal; fine_grams: string; rate_per_gram: string; rate_date: string | null; value: string }[]
  priced_at: string
}
