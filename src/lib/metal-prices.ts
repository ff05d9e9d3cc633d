import BigNumber from "bignumber.js"
import { DecimalInput, toDecimal, toGrams, WeightUnit, WEIGHT_UNITS } from "./units"
import { isMetal, Metal, METALS, parsePurity, KaratTable } from "./purity"

/**
 * Metal prices: the day's rates into costs and storefront prices.
 * Pure rules, exact decimals (bignumber.js), no Medusa imports: the
 * workflows, the routes, the scheduled jobs and the admin call these.
 */

/** A rate is given per fine gram or per troy ounce of fine metal. */
export const RATE_UNITS = ["g", "ozt"] as const
export type RateUnit = (typeof RATE_UNITS)[number]
export const RATE_UNIT_LABELS: Record<RateUnit, string> = { g: "per fine gram", ozt: "per troy ounce" }
/** A rate per gram is kept to 10 places: a troy-ounce rate divided by 31.1034768 is not a finite decimal. */
export const RATE_PER_GRAM_SCALE = 10
/** Rates are money: at most 4 decimal places as entered, up to 1,000,000 per unit. */
export const RATE_RULE = { scale: 4, min: "0", max: "1000000" }

/** How a computed price is rounded (after markup). */
export const ROUNDINGS = ["none", "whole", "end_9", "end_99", "up_5", "up_10"] as const
export type Rounding = (typeof ROUNDINGS)[number]
export const ROUNDING_LABELS: Record<Rounding, string> = {
  none: "To the currency's precision",
  whole: "Whole units",
  end_9: 'Up to end in 9 (1,239)',
  end_99: "Up to .99 (1,234.99)",
  up_5: "Up to a multiple of 5",
  up_10: "Up to a multiple of 10",
}
export const MAKING_PER = ["gram", "piece"] as const
export type MakingPer = (typeof MAKING_PER)[number]
/** Where a rule reads the piece's metal: the style's bill of materials, or the fine weight of the variant's stock. */
export const METAL_SOURCES = ["bom", "stock"] as const
export type MetalSource = (typeof METAL_SOURCES)[number]
/** Markup is a percentage from 0 to 1000 (ten times cost): past that it is a typing mistake. */
export const MARKUP_MAX = "1000"
/** The daily reprice's threshold: applies changes of at least this % (0.01 to 100). */
export const THRESHOLD_MIN = "0.01"

/** Digits after the point per currency (ISO 4217), where they are not 2. Medusa's currency records say the same. */
const CURRENCY_DIGITS: Record<string, number> = { jpy: 0, krw: 0, vnd: 0, clp: 0, isk: 0, pyg: 0, ugx: 0, xaf: 0, xof: 0, bhd: 3, kwd: 3, omr: 3, jod: 3, tnd: 3, iqd: 3, lyd: 3 }

/** The currency's precision: Medusa's `decimal_digits` when known, else ISO 4217, else 2. */
export function currencyPrecision(code: string, decimalDigits?: number | null): number {
  if (typeof decimalDigits === "number" && Number.isInteger(decimalDigits) && decimalDigits >= 0 && decimalDigits <= 4) return decimalDigits
  return CURRENCY_DIGITS[code.toLowerCase()] ?? 2
}

export const isCurrencyCode = (v: unknown): v is string => typeof v === "string" && /^[a-z]{3}$/i.test(v)

/** A rate as entered, per fine gram: troy ounce rates ÷ 31.1034768, kept to 10 places. */
export function ratePerGram(rate: DecimalInput, unit: RateUnit): BigNumber {
  const r = toDecimal(rate)
  return unit === "ozt" ? r.div(WEIGHT_UNITS.ozt).decimalPlaces(RATE_PER_GRAM_SCALE, BigNumber.ROUND_HALF_UP) : r
}

/** A rate per gram shown per troy ounce (the chart's other unit), to `places`. */
export function ratePerOunce(perGram: DecimalInput, places = 2): string {
  return toDecimal(perGram).times(WEIGHT_UNITS.ozt).toFixed(places, BigNumber.ROUND_HALF_UP)
}

/** Rates of one currency, per fine gram, with the record each came from. */
export type RateEntry = { per_gram: string; rate_id?: string; rate_date?: string }
export type RateTable = Partial<Record<Metal, RateEntry>>

/** A rate that prices: present and over 0. A rate of 0 or none never prices anything. */
export function usableRate(rates: RateTable, metal: Metal): BigNumber | null {
  const r = rates[metal]
  if (!r) return null
  const d = toDecimal(r.per_gram)
  return d.isGreaterThan(0) ? d : null
}

export type MetalContent = { metal: Metal; fine_grams: DecimalInput; gross_grams: DecimalInput }

/** Rounds a price by the rule, never below the currency's precision. */
export function roundPrice(value: DecimalInput, rounding: Rounding, precision: number): BigNumber {
  const v = toDecimal(value)
  switch (rounding) {
    case "none":
      return v.decimalPlaces(precision, BigNumber.ROUND_HALF_UP)
    case "whole":
      return v.decimalPlaces(0, BigNumber.ROUND_HALF_UP)
    case "end_9": {
      const n = v.integerValue(BigNumber.ROUND_CEIL)
      const last = n.mod(10)
      return n.plus(new BigNumber(9).minus(last).plus(10).mod(10))
    }
    case "end_99": {
      if (precision < 2) return roundPrice(v, "end_9", precision)
      const base = v.integerValue(BigNumber.ROUND_FLOOR).plus("0.99")
      return base.isGreaterThanOrEqualTo(v) ? base : base.plus(1)
    }
    case "up_5":
      return v.div(5).integerValue(BigNumber.ROUND_CEIL).times(5)
    case "up_10":
      return v.div(10).integerValue(BigNumber.ROUND_CEIL).times(10)
  }
}

export type PriceInputs = {
  currency_code: string
  precision: number
  /** Metal per piece, by metal. */
  metals: MetalContent[]
  /** Stones and findings per piece from the BOM, in `bom_currency`; 0 when there are none. */
  stones: DecimalInput
  findings: DecimalInput
  bom_currency?: string | null
  /** Making charge in this currency: per gram of the piece's gross metal, or per piece. Missing: the currency is not priced. */
  making_charge: DecimalInput | null | undefined
  making_per: MakingPer
  markup_pct: DecimalInput
  rounding: Rounding
  rates: RateTable
}

export type PriceBreakdown = {
  currency_code: string
  metal: string
  metals: { metal: Metal; fine_grams: string; per_gram: string; value: string; rate_id?: string; rate_date?: string }[]
  stones: string
  findings: string
  making: string
  markup: string
  rounding: string
  price: string
}

export type PriceResult = { ok: true; breakdown: PriceBreakdown } | { ok: false; reason: string }

const label = (m: Metal) => m[0].toUpperCase() + m.slice(1)

/**
 * A variant's price in one currency from a price rule:
 *   metal    = Σ fine grams × the day's rate per fine gram (per metal)
 *   making   = making charge × gross grams of metal, or × 1 piece
 *   subtotal = metal + stones + findings + making
 *   markup   = subtotal × markup % ÷ 100
 *   price    = round(subtotal + markup) by the rule, to the currency's precision
 * A missing or zero rate, a missing making charge or stones costed in
 * another currency never price: the reason says which.
 */
export function priceFromRule(input: PriceInputs): PriceResult {
  const cur = input.currency_code.toUpperCase()
  const metals = input.metals.filter((m) => toDecimal(m.fine_grams).isGreaterThan(0))
  if (!metals.length) return { ok: false, reason: "no fine metal: the bill of materials has no metal line and the variant has no stock with a purity" }
  if (input.making_charge === null || input.making_charge === undefined || input.making_charge === "") {
    return { ok: false, reason: `no making charge in ${cur} on the rule` }
  }
  const stones = toDecimal(input.stones)
  const findings = toDecimal(input.findings)
  if ((stones.isGreaterThan(0) || findings.isGreaterThan(0)) && input.bom_currency && input.bom_currency.toLowerCase() !== input.currency_code.toLowerCase()) {
    return { ok: false, reason: `stones and findings are costed in ${input.bom_currency.toUpperCase()}, not ${cur}` }
  }
  const byMetal = new Map<Metal, { fine: BigNumber; gross: BigNumber }>()
  for (const m of metals) {
    const cur = byMetal.get(m.metal) ?? { fine: new BigNumber(0), gross: new BigNumber(0) }
    byMetal.set(m.metal, { fine: cur.fine.plus(toDecimal(m.fine_grams)), gross: cur.gross.plus(toDecimal(m.gross_grams)) })
  }
  const lines: PriceBreakdown["metals"] = []
  let metal = new BigNumber(0)
  let gross = new BigNumber(0)
  for (const m of METALS) {
    const got = byMetal.get(m)
    if (!got) continue
    const entry = input.rates[m]
    if (!entry) return { ok: false, reason: `no ${m} rate in ${cur}` }
    const rate = usableRate(input.rates, m)
    if (!rate) return { ok: false, reason: `the ${m} rate in ${cur} is 0` }
    const value = got.fine.times(rate)
    metal = metal.plus(value)
    gross = gross.plus(got.gross)
    lines.push({ metal: m, fine_grams: got.fine.toFixed(), per_gram: rate.toFixed(), value: value.toFixed(input.precision, BigNumber.ROUND_HALF_UP), rate_id: entry.rate_id, rate_date: entry.rate_date })
  }
  const charge = toDecimal(input.making_charge)
  const making = input.making_per === "gram" ? charge.times(gross) : charge
  const subtotal = metal.plus(stones).plus(findings).plus(making)
  const markup = subtotal.times(toDecimal(input.markup_pct)).div(100)
  const raw = subtotal.plus(markup)
  const price = roundPrice(raw, input.rounding, input.precision)
  if (price.isLessThanOrEqualTo(0)) return { ok: false, reason: `the price in ${cur} comes to 0` }
  const p = input.precision
  const fix = (d: BigNumber) => d.toFixed(p, BigNumber.ROUND_HALF_UP)
  // The parts are shown to the currency's precision; what rounding them leaves goes into `rounding`, so the parts add up to the price.
  const parts = [metal, stones, findings, making, markup].map((d) => new BigNumber(fix(d)))
  const partsSum = parts.reduce((a, b) => a.plus(b), new BigNumber(0))
  return {
    ok: true,
    breakdown: {
      currency_code: input.currency_code.toLowerCase(),
      metal: parts[0].toFixed(p),
      metals: lines,
      stones: parts[1].toFixed(p),
      findings: parts[2].toFixed(p),
      making: parts[3].toFixed(p),
      markup: parts[4].toFixed(p),
      rounding: price.minus(partsSum).toFixed(p),
      price: price.toFixed(p),
    },
  }
}

/** A BOM line as the style module keeps it. */
export type BomMetalLine = { kind: string; purity?: string | null; weight?: DecimalInput | null; weight_unit?: string | null; quantity?: number | null }

/** Fine and gross metal per piece in a style's bill of materials (metal lines with a purity and a weight). */
export function bomMetals(lines: BomMetalLine[], karatTable?: KaratTable | null): MetalContent[] {
  const out: MetalContent[] = []
  for (const l of lines) {
    if (l.kind !== "metal" || !l.purity || l.weight === null || l.weight === undefined || !l.weight_unit) continue
    let purity
    try {
      purity = parsePurity(l.purity, { karatTable })
    } catch {
      continue
    }
    const gross = toGrams(l.weight, l.weight_unit as WeightUnit).times(l.quantity ?? 1)
    out.push({ metal: purity.metal, gross_grams: gross.toFixed(), fine_grams: gross.times(purity.fineness).div(1000).toFixed() })
  }
  return out
}

/** Stones and findings per piece in a BOM: unit cost × count, or × weight × count. */
export function bomStonesAndFindings(lines: { kind: string; quantity?: number | null; weight?: DecimalInput | null; unit_cost?: DecimalInput | null; cost_per?: string | null }[]) {
  let stones = new BigNumber(0)
  let findings = new BigNumber(0)
  for (const l of lines) {
    if (l.kind !== "stone" && l.kind !== "finding") continue
    const unit = toDecimal(l.unit_cost ?? 0)
    const count = new BigNumber(l.quantity ?? 1)
    const cost = l.cost_per === "weight" ? unit.times(toDecimal(l.weight ?? 0)).times(count) : unit.times(count)
    if (l.kind === "stone") stones = stones.plus(cost)
    else findings = findings.plus(cost)
  }
  return { stones: stones.toFixed(), findings: findings.toFixed() }
}

/** Metal per piece from stock items (fine and gross grams summed per metal, ÷ pieces). */
export function stockMetalsPerPiece(items: { metal: string | null; fine_grams: DecimalInput; weight_grams: DecimalInput; pieces: number }[]): MetalContent[] {
  const withMetal = items.filter((i) => isMetal(i.metal) && toDecimal(i.fine_grams).isGreaterThan(0))
  const pieces = withMetal.reduce((n, i) => n + Math.max(i.pieces, 0), 0)
  if (!withMetal.length || pieces <= 0) return []
  const per = new Map<Metal, { fine: BigNumber; gross: BigNumber }>()
  for (const i of withMetal) {
    const m = i.metal as Metal
    const cur = per.get(m) ?? { fine: new BigNumber(0), gross: new BigNumber(0) }
    per.set(m, { fine: cur.fine.plus(toDecimal(i.fine_grams)), gross: cur.gross.plus(toDecimal(i.weight_grams)) })
  }
  return [...per.entries()].map(([metal, v]) => ({
    metal,
    fine_grams: v.fine.div(pieces).decimalPlaces(8, BigNumber.ROUND_HALF_UP).toFixed(),
    gross_grams: v.gross.div(pieces).decimalPlaces(8, BigNumber.ROUND_HALF_UP).toFixed(),
  }))
}

/** Change from the old price to the new, in %, to 2 places; none when there was no old price. */
export function changePct(oldAmount: DecimalInput | null | undefined, newAmount: DecimalInput): string | null {
  if (oldAmount === null || oldAmount === undefined || oldAmount === "") return null
  const o = toDecimal(oldAmount)
  if (o.isZero()) return null
  return toDecimal(newAmount).minus(o).div(o).times(100).toFixed(2, BigNumber.ROUND_HALF_UP)
}

/** The daily reprice applies a change only at or past its threshold (either way); a new price (no old one) always. */
export function pastThreshold(pct: string | null, threshold: DecimalInput): boolean {
  if (pct === null) return true
  return new BigNumber(pct).abs().isGreaterThanOrEqualTo(toDecimal(threshold))
}

/** Value of fine metal at the day's rates: the total, per metal, and the metals with no usable rate. */
export function valueAtRates(metals: { metal: string | null; fine_grams: DecimalInput }[], rates: RateTable, precision: number) {
  let total = new BigNumber(0)
  const missing = new Set<Metal>()
  const lines: { metal: Metal; fine_grams: string; per_gram: string | null; value: string | null }[] = []
  const per = new Map<Metal, BigNumber>()
  for (const m of metals) {
    if (!isMetal(m.metal)) continue
    const fine = toDecimal(m.fine_grams)
    if (fine.isZero()) continue
    per.set(m.metal, (per.get(m.metal) ?? new BigNumber(0)).plus(fine))
  }
  for (const [metal, fine] of per) {
    const rate = usableRate(rates, metal)
    if (!rate) {
      missing.add(metal)
      lines.push({ metal, fine_grams: fine.toFixed(), per_gram: null, value: null })
      continue
    }
    const value = fine.times(rate)
    total = total.plus(value)
    lines.push({ metal, fine_grams: fine.toFixed(), per_gram: rate.toFixed(), value: value.toFixed(precision, BigNumber.ROUND_HALF_UP) })
  }
  return { value: per.size && !missing.size ? total.toFixed(precision, BigNumber.ROUND_HALF_UP) : null, metals: lines, missing: [...missing] }
}

/** The price of a variant split for a storefront: metal, stones (with findings), making (making charge, markup and rounding) and tax. */
export function storeBreakdown(b: PriceBreakdown, tax: { rate_pct: DecimalInput | null; inclusive: boolean }, precision: number) {
  const price = toDecimal(b.price)
  const metal = toDecimal(b.metal)
  const stones = toDecimal(b.stones).plus(toDecimal(b.findings))
  const making = price.minus(metal).minus(stones)
  let tax_amount = new BigNumber(0)
  let total = price
  let net = price
  if (tax.rate_pct !== null && tax.rate_pct !== undefined) {
    const r = toDecimal(tax.rate_pct)
    if (tax.inclusive) {
      tax_amount = price.times(r).div(new BigNumber(100).plus(r)).decimalPlaces(precision, BigNumber.ROUND_HALF_UP)
      net = price.minus(tax_amount)
    } else {
      tax_amount = price.times(r).div(100).decimalPlaces(precision, BigNumber.ROUND_HALF_UP)
      total = price.plus(tax_amount)
    }
  }
  const f = (d: BigNumber) => d.toFixed(precision)
  // Tax included in the price is taken out of the making share, so metal + stones + making + tax = the price paid.
  const makingShown = tax.inclusive ? making.minus(tax_amount) : making
  return {
    metal: f(metal),
    stones: f(stones),
    making: f(makingShown),
    tax: f(tax_amount),
    tax_rate_pct: tax.rate_pct === null || tax.rate_pct === undefined ? null : toDecimal(tax.rate_pct).toFixed(),
    tax_inclusive: tax.inclusive,
    price: f(price),
    net: f(net),
    total: f(total),
  }
}

// ---------------------------------------------------------------------------
// The rate provider: an HTTP JSON endpoint, read through a field mapping.

export type RateProviderOptions = {
  /** The endpoint; `{currency}` / `{CURRENCY}` in it are replaced per currency when `per_currency` is set. */
  url: string
  /** Minutes between fetches (the job looks every 5 minutes whether one is due). */
  every_minutes: number
  timeout_ms: number
  /** The unit the endpoint's numbers are in. */
  unit: RateUnit
  /** Currencies to fetch (lower case). */
  currencies: string[]
  /** Metal → dotted path in the JSON, `{currency}`/`{CURRENCY}` replaced ("rates.XAU{CURRENCY}", "data.gold.{currency}"). */
  fields: Partial<Record<Metal, string>>
  /** The endpoint gives ounces of metal per unit of currency (metals-api style): the rate is 1 ÷ the number. */
  inverse: boolean
  /** One request per currency (the url holds {currency}), else one request for all. */
  per_currency: boolean
  headers?: Record<string, string>
}

export const RATE_PROVIDER_DEFAULTS = { every_minutes: 60, timeout_ms: 8000, unit: "ozt" as RateUnit, inverse: false }

/** Checks the `rate_provider` plugin option: a wrong value stops the start naming it. None: nothing is ever fetched. */
export function normalizeRateProvider(value: unknown): RateProviderOptions | undefined {
  if (value === undefined || value === null) return undefined
  const name = "rate_provider"
  if (typeof value !== "object" || Array.isArray(value)) throw new Error(`${name}: the plugin option must be an object`)
  const v = value as Record<string, any>
  if (typeof v.url !== "string" || !/^https?:\/\/\S+$/i.test(v.url)) throw new Error(`${name}.url: must be an http(s) URL`)
  const num = (key: string, fallback: number, min: number, max: number) => {
    const x = v[key] === undefined || v[key] === null ? fallback : Number(v[key])
    if (!Number.isFinite(x) || x < min || x > max) throw new Error(`${name}.${key}: must be a number from ${min} to ${max}, not ${JSON.stringify(v[key])}`)
    return x
  }
  const unit = v.unit ?? RATE_PROVIDER_DEFAULTS.unit
  if (!(RATE_UNITS as readonly string[]).includes(unit)) throw new Error(`${name}.unit: must be "g" or "ozt"`)
  const currencies = v.currencies ?? ["usd"]
  if (!Array.isArray(currencies) || !currencies.length || !currencies.every(isCurrencyCode)) throw new Error(`${name}.currencies: must list currency codes such as ["usd", "eur"]`)
  if (!v.fields || typeof v.fields !== "object" || Array.isArray(v.fields)) throw new Error(`${name}.fields: must map metals to paths in the JSON, e.g. { "gold": "rates.XAU" }`)
  const fields: Partial<Record<Metal, string>> = {}
  for (const [metal, path] of Object.entries(v.fields)) {
    if (!isMetal(metal)) throw new Error(`${name}.fields.${metal}: not one of ${METALS.join(", ")}`)
    if (typeof path !== "string" || !path.trim()) throw new Error(`${name}.fields.${metal}: must be a path such as "rates.XAU"`)
    fields[metal] = path.trim()
  }
  if (!Object.keys(fields).length) throw new Error(`${name}.fields: map at least one metal`)
  return {
    url: v.url,
    every_minutes: num("every_minutes", RATE_PROVIDER_DEFAULTS.every_minutes, 5, 10080),
    timeout_ms: num("timeout_ms", RATE_PROVIDER_DEFAULTS.timeout_ms, 100, 120000),
    unit,
    currencies: currencies.map((c: string) => c.toLowerCase()),
    fields,
    inverse: v.inverse === true,
    per_currency: v.per_currency === true || /\{currency\}/i.test(v.url),
    headers: v.headers && typeof v.headers === "object" ? v.headers : undefined,
  }
}

const fill = (template: string, currency: string) => template.replace(/\{currency\}/g, currency.toLowerCase()).replace(/\{CURRENCY\}/g, currency.toUpperCase())

/** The URL to call for a currency (or for all when the URL names none). */
export const providerUrl = (o: RateProviderOptions, currency: string) => fill(o.url, currency)

function at(json: unknown, path: string): unknown {
  let cur: any = json
  for (const key of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined
    cur = cur[key]
  }
  return cur
}

export type ProviderRate = { metal: Metal; currency_code: string; rate: string; rate_unit: RateUnit }

/**
 * Reads the rates of one currency out of the endpoint's JSON by the field
 * mapping. A value that is missing, not a plain positive number or 0 is
 * skipped with a warning: the last rate stays.
 */
export function readProviderRates(json: unknown, o: RateProviderOptions, currency: string): { rates: ProviderRate[]; warnings: string[] } {
  const rates: ProviderRate[] = []
  const warnings: string[] = []
  for (const metal of METALS) {
    const template = o.fields[metal]
    if (!template) continue
    const path = fill(template, currency)
    const raw = at(json, path)
    const text = typeof raw === "number" ? (Number.isFinite(raw) ? new BigNumber(raw).toFixed() : "") : typeof raw === "string" ? raw.trim() : ""
    if (!/^\d+(\.\d+)?$/.test(text)) {
      warnings.push(`${metal} ${currency.toUpperCase()}: no number at "${path}"; the last rate stays`)
      continue
    }
    let d = new BigNumber(text)
    if (d.isZero()) {
      warnings.push(`${metal} ${currency.toUpperCase()}: the endpoint gave 0 at "${path}"; the last rate stays`)
      continue
    }
    if (o.inverse) d = new BigNumber(1).div(d)
    const rate = d.decimalPlaces(RATE_RULE.scale, BigNumber.ROUND_HALF_UP)
    if (rate.isGreaterThan(RATE_RULE.max) || rate.isZero()) {
      warnings.push(`${metal} ${currency.toUpperCase()}: ${rate.toFixed()} is outside 0 to ${RATE_RULE.max}; the last rate stays`)
      continue
    }
    rates.push({ metal, currency_code: currency.toLowerCase(), rate: rate.toFixed(), rate_unit: o.unit })
  }
  return { rates, warnings }
}

/** Whether a fetch is due: never fetched, or the last one `every_minutes` ago or more. */
export function providerFetchDue(lastFetchedAt: Date | string | null | undefined, now: Date, everyMinutes: number): boolean {
  if (!lastFetchedAt) return true
  return now.getTime() - new Date(lastFetchedAt).getTime() >= everyMinutes * 60_000 - 30_000
}

/** A rate's day as YYYY-MM-DD (UTC). */
export function rateDay(d: Date | string): string {
  return new Date(d).toISOString().slice(0, 10)
}

// ---------------------------------------------------------------------------
// Selling by weight: Medusa 2.21's inventory items carry a unit of measure
// and keep fractional quantities, so a bulk-metal variant's stock can be
// its items' weight rather than their pieces.

export type WeightBasis = { basis: "gross" | "fine"; unit: WeightUnit }

/**
 * What a Medusa inventory item's `unit_of_measure` says about its stock:
 * a weight unit ("g", "gram", "ozt", "dwt") is the items' gross weight in
 * it; with "fine" ("fine g", "g fine") their fine metal. Anything else
 * (empty, "piece", "each") is counted in pieces.
 */
export function weightBasisOf(unitOfMeasure: string | null | undefined): WeightBasis | null {
  const text = (unitOfMeasure ?? "").trim().toLowerCase()
  if (!text) return null
  const fine = /\bfine\b/.test(text)
  const word = text.replace(/\bfine\b/, "").trim()
  const aliases: Record<string, WeightUnit> = { gram: "g", grams: "g", gm: "g", gms: "g", kilogram: "kg", "troy ounce": "ozt", "troy oz": "ozt", pennyweight: "dwt", carat: "ct", carats: "ct" }
  const unit = (aliases[word] ?? word) as WeightUnit
  if (!(unit in WEIGHT_UNITS)) return null
  return { basis: fine ? "fine" : "gross", unit }
}

/** Medusa's stocked quantity for a variant sold by weight: the grams (gross or fine) in the unit, to 4 places (rounded down: never more than the bench has). */
export function weightLevel(grams: DecimalInput, basis: WeightBasis): string {
  return toDecimal(grams).div(WEIGHT_UNITS[basis.unit]).decimalPlaces(4, BigNumber.ROUND_DOWN).toFixed()
}
