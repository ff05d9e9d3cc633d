import { z } from "@medusajs/framework/zod"
import { METALS } from "../../../lib/purity"
import { MAKING_PER, MARKUP_MAX, METAL_SOURCES, RATE_RULE, RATE_UNITS, ROUNDINGS, THRESHOLD_MIN } from "../../../lib/metal-prices"
import { MONEY } from "../../../lib/decimal-input"
import { body, bool, date, decimal, id, ids, list, oneOf, optNote, paging, queryId, text } from "../../utils/schemas"

const metal = oneOf(METALS)
/** A currency code as Medusa keeps them ("usd"); whether the store sells in it is checked by the workflow. */
const currency = () => text(3, { re: /^[A-Za-z]{3}$/, message: 'must be a currency code such as "usd"' }).transform((v) => v.toLowerCase())
const rate = () => decimal(RATE_RULE)
const markup = () => decimal({ scale: 4, min: "0", max: MARKUP_MAX, describe: `from 0 to ${MARKUP_MAX} (%)` })
const threshold = () => decimal({ scale: 2, min: THRESHOLD_MIN, max: "100", describe: `from ${THRESHOLD_MIN} to 100 (%)` })

export const ListRates = z.object({
  metal: metal.optional(),
  currency_code: currency().optional(),
  from: date().optional(),
  to: date().optional(),
  ...paging(500),
})

export const TodayRates = z.object({ currency_code: currency().optional() })

export const CreateRates = body({
  rates: list(
    body({
      metal,
      currency_code: currency(),
      rate: rate(),
      rate_unit: oneOf(RATE_UNITS),
      rate_date: date().optional(),
      note: optNote(500),
    }),
    200
  ).min(1, "give at least one rate"),
})

const making = () =>
  z
    .record(z.string().regex(/^[A-Za-z]{3}$/, 'must be keyed by currency code such as "usd"'), decimal(MONEY), { error: "must map currency codes to making charges" })
    .refine((r) => Object.keys(r).length <= 50, "must list at most 50 currencies")

const ruleShape = {
  name: text(200),
  style_id: id("style").nullable().optional(),
  product_id: id("product").nullable().optional(),
  metal_source: oneOf(METAL_SOURCES).optional(),
  making_charges: making().optional(),
  making_per: oneOf(MAKING_PER).optional(),
  markup_pct: markup().optional(),
  rounding: oneOf(ROUNDINGS).optional(),
  is_active: bool().optional(),
  auto_reprice: bool().optional(),
  auto_threshold_pct: threshold().nullable().optional(),
}
export const CreatePriceRule = body(ruleShape)
export const UpdatePriceRule = body({ ...ruleShape, name: text(200).optional() })
export const ListPriceRules = z.object({ style_id: queryId(), product_id: queryId(), ...paging(200) })

export const PreviewReprice = body({ rule_ids: ids(undefined, 200).optional() })
export const ApplyReprice = body({ change_ids: ids(undefined, 2000).min(1, "accept at least one line") })
export const ListReprices = z.object({ ...paging(100) })
export const ListPriceChanges = z.object({ variant_id: queryId(), rule_id: queryId(), ...paging(500) })

export const Valuation = z.object({
  stock_item_id: queryId(),
  style_id: queryId(),
  job_id: queryId(),
  currency_code: currency().optional(),
})

export const StoreBreakdown = z.object({
  currency_code: currency().optional(),
  region_id: queryId(),
})

