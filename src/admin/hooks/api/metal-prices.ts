import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdkFetch } from "../../lib/sdk"
import type { ApiError } from "../../lib/api"
import type { PriceChange, PriceRule, PriceRuleBody, RatesBody, RatesResponse, Reprice, TodayRatesResponse, Valuation } from "../../../types/metal-prices"

/** Query keys of the metal-prices domain: one root, so a new rate or price refreshes every screen that shows one. */
export const metalPriceKeys = {
  all: ["metal-prices"] as const,
  today: ["metal-prices", "today"] as const,
  rates: (q?: object) => ["metal-prices", "rates", q ?? {}] as const,
  rules: (q?: object) => ["metal-prices", "rules", q ?? {}] as const,
  reprice: (id: string) => ["metal-prices", "reprice", id] as const,
  changes: (q?: object) => ["metal-prices", "changes", q ?? {}] as const,
  valuation: (q: object) => ["metal-prices", "valuation", q] as const,
}

const get = <T>(path: string, query?: Record<string, unknown>) => sdkFetch<T>(path, { query })
const post = <T>(path: string, body: Record<string, any>) => sdkFetch<T>(path, { method: "POST", body })

export const useTodayRates = () => useQuery({ queryKey: metalPriceKeys.today, queryFn: () => get<TodayRatesResponse>("/admin/metal-prices/rates/today") })

export type RatesQuery = { metal?: string; currency_code?: string; from?: string; to?: string; limit?: number; offset?: number }
export const useRateHistory = (q: RatesQuery) => useQuery({ queryKey: metalPriceKeys.rates(q), queryFn: () => get<RatesResponse>("/admin/metal-prices/rates", q) })

export const usePriceRules = (q: { limit?: number; offset?: number } = {}) =>
  useQuery({ queryKey: metalPriceKeys.rules(q), queryFn: () => get<{ price_rules: PriceRule[]; count: number }>("/admin/metal-prices/rules", q) })

export const usePriceChanges = (q: { variant_id?: string; rule_id?: string; limit?: number; offset?: number } = {}) =>
  useQuery({ queryKey: metalPriceKeys.changes(q), queryFn: () => get<{ price_changes: PriceChange[]; count: number }>("/admin/metal-prices/changes", q) })

export type ValuationQuery = { stock_item_id?: string; style_id?: string; job_id?: string; currency_code?: string }
export const useValuation = (q: ValuationQuery, enabled = true) =>
  useQuery({ queryKey: metalPriceKeys.valuation(q), queryFn: () => get<{ valuation: Valuation }>("/admin/metal-prices/valuations", q), enabled })

function useMetalPriceMutation<TBody, TResult>(fn: (body: TBody) => Promise<TResult>, alsoProducts = false) {
  const client = useQueryClient()
  return useMutation<TResult, ApiError, TBody>({
    mutationFn: fn,
    onSuccess: () => {
      client.invalidateQueries({ queryKey: metalPriceKeys.all })
      // A reprice changes Medusa's prices: its product screens read them again.
      if (alsoProducts) client.invalidateQueries({ queryKey: ["products"] })
    },
  })
}

export const useRecordRates = () => useMetalPriceMutation((body: RatesBody) => post<{ rates: unknown[] }>("/admin/metal-prices/rates", body))
export const useFetchRates = () => useMetalPriceMutation(() => post<{ recorded: number; warnings: string[] }>("/admin/metal-prices/rates/fetch", {}))
export const useCreatePriceRule = () => useMetalPriceMutation((body: PriceRuleBody) => post<{ price_rule: PriceRule }>("/admin/metal-prices/rules", body))
export const useUpdatePriceRule = (id: string) => useMetalPriceMutation((body: PriceRuleBody) => post<{ price_rule: PriceRule }>(`/admin/metal-prices/rules/${id}`, body))
export const useRemovePriceRule = () => useMetalPriceMutation((id: string) => sdkFetch<{ id: string }>(`/admin/metal-prices/rules/${id}`, { method: "DELETE" }))
export const usePreviewReprice = () => useMetalPriceMutation((body: { rule_ids?: string[] }) => post<{ reprice: Reprice }>("/admin/metal-prices/reprices", body))
export const useApplyReprice = (id: string) =>
  useMetalPriceMutation((body: { change_ids: string[] }) => post<{ reprice: Reprice }>(`/admin/metal-prices/reprices/${id}/apply`, body), true)

/** Styles to price by (code and name), for the rule form. */
export const useStyleOptions = (enabled = true) =>
  useQuery({
    queryKey: ["styles", "options"],
    queryFn: () => get<{ styles: { id: string; code: string; name: string; variant_id: string | null }[] }>("/admin/styles", { limit: 200 }),
    select: (d) => d.styles,
    enabled,
  })
