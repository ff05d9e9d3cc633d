import {
  bomMetals,
  bomStonesAndFindings,
  changePct,
  currencyPrecision,
  normalizeRateProvider,
  pastThreshold,
  priceFromRule,
  PriceInputs,
  providerFetchDue,
  ratePerGram,
  readProviderRates,
  roundPrice,
  stockMetalsPerPiece,
  storeBreakdown,
  valueAtRates,
  weightBasisOf,
  weightLevel,
} from "../metal-prices"

const usd = { gold: { per_gram: "65", rate_id: "r1", rate_date: "2026-11-30" }, silver: { per_gram: "0.8" } }

const ring: PriceInputs = {
  currency_code: "usd",
  precision: 2,
  // 3.2 g of 14K: 1.872 g fine gold
  metals: [{ metal: "gold", gross_grams: "3.2", fine_grams: "1.872" }],
  stones: "420",
  findings: "2.30",
  bom_currency: "usd",
  making_charge: "12.5",
  making_per: "gram",
  markup_pct: "40",
  rounding: "none",
  rates: usd,
}

describe("Rates per fine gram or per troy ounce", () => {
  it("a troy-ounce rate is the rate ÷ 31.1034768 per fine gram, kept to 10 places", () => {
    expect(ratePerGram("2021.73", "ozt").toFixed()).toBe("65.0001288602")
    expect(ratePerGram("31.1034768", "ozt").toFixed()).toBe("1")
    expect(ratePerGram("65", "g").toFixed()).toBe("65")
  })
  it("each currency keeps its own precision: JPY none, KWD three, most two; Medusa's decimal_digits wins", () => {
    expect(currencyPrecision("jpy")).toBe(0)
    expect(currencyPrecision("KWD")).toBe(3)
    expect(currencyPrecision("usd")).toBe(2)
    expect(currencyPrecision("usd", 3)).toBe(3)
  })
})

describe("Prices from a rule", () => {
  it("metal at the day's rate + stones + findings + making per gram, then markup, exact to the cent", () => {
    const r = priceFromRule(ring)
    // metal 1.872 × 65 = 121.68; making 3.2 × 12.5 = 40; subtotal 583.98; markup 40% 233.592; price 817.572 → 817.57
    expect(r).toEqual({
      ok: true,
      breakdown: {
        currency_code: "usd",
        metal: "121.68",
        metals: [{ metal: "gold", fine_grams: "1.872", per_gram: "65", value: "121.68", rate_id: "r1", rate_date: "2026-11-30" }],
        stones: "420.00",
        findings: "2.30",
        making: "40.00",
        markup: "233.59",
        rounding: "0.00",
        price: "817.57",
      },
    })
  })
  it("making per piece adds the charge once; rounding 'end in 9' goes up to the next whole number ending in 9, and the parts still add up", () => {
    const r = priceFromRule({ ...ring, making_per: "piece", making_charge: "35", rounding: "end_9" })
    if (!r.ok) throw new Error(r.reason)
    // 121.68 + 420 + 2.30 + 35 = 578.98; × 1.4 = 810.572 → 819
    expect(r.breakdown.price).toBe("819.00")
    const b = r.breakdown
    const sum = [b.metal, b.stones, b.findings, b.making, b.markup, b.rounding].reduce((n, v) => n + Math.round(Number(v) * 100), 0)
    expect(sum).toBe(81900)
  })
  it("rounds by the rule: none, whole, end in 9, .99, up to 5 and 10; never finer than the currency", () => {
    expect(roundPrice("817.575", "none", 2).toFixed()).toBe("817.58")
    expect(roundPrice("817.5", "whole", 2).toFixed()).toBe("818")
    expect(roundPrice("819", "end_9", 2).toFixed()).toBe("819")
    expect(roundPrice("819.01", "end_9", 2).toFixed()).toBe("829")
    expect(roundPrice("810.10", "end_99", 2).toFixed()).toBe("810.99")
    expect(roundPrice("810.995", "end_99", 2).toFixed()).toBe("811.99")
    expect(roundPrice("810.1", "end_99", 0).toFixed()).toBe("819")
    expect(roundPrice("811", "up_5", 2).toFixed()).toBe("815")
    expect(roundPrice("811", "up_10", 2).toFixed()).toBe("820")
    expect(roundPrice("123456.5", "none", 0).toFixed()).toBe("123457")
  })
  it("a yen price has no decimals", () => {
    const r = priceFromRule({ ...ring, currency_code: "jpy", precision: 0, bom_currency: "jpy", rates: { gold: { per_gram: "9750.5" } } })
    if (!r.ok) throw new Error(r.reason)
    expect(r.breakdown.price).toMatch(/^\d+$/)
  })
  it("a rate of 0 or no rate never prices, and says why", () => {
    expect(priceFromRule({ ...ring, rates: { gold: { per_gram: "0" } } })).toEqual({ ok: false, reason: "the gold rate in USD is 0" })
    expect(priceFromRule({ ...ring, rates: { silver: { per_gram: "0.8" } } })).toEqual({ ok: false, reason: "no gold rate in USD" })
  })
  it("no metal, no making charge in the currency, or stones costed in another currency never price", () => {
    expect(priceFromRule({ ...ring, metals: [] })).toMatchObject({ ok: false, reason: expect.stringMatching(/^no fine metal/) })
    expect(priceFromRule({ ...ring, making_charge: null })).toEqual({ ok: false, reason: "no making charge in USD on the rule" })
    expect(priceFromRule({ ...ring, currency_code: "eur", rates: { gold: { per_gram: "60" } } })).toEqual({ ok: false, reason: "stones and findings are costed in USD, not EUR" })
  })
  it("two metals are priced each at its own rate", () => {
    const r = priceFromRule({ ...ring, stones: "0", findings: "0", metals: [...ring.metals, { metal: "silver", gross_grams: "10", fine_grams: "9.25" }], markup_pct: "0", making_charge: "0" })
    if (!r.ok) throw new Error(r.reason)
    expect(r.breakdown.metal).toBe("129.08") // 121.68 + 7.40
  })
})

describe("Metal content from the BOM or the stock", () => {
  it("a BOM's metal lines by purity and weight give fine and gross grams per piece; stones and findings by count or weight", () => {
    const lines = [
      { kind: "metal", purity: "14K", weight: "3.2", weight_unit: "g", quantity: 1 },
      { kind: "metal", purity: "PT950", weight: "1", weight_unit: "dwt", quantity: 2 },
      { kind: "metal", purity: null, weight: "1", weight_unit: "g" },
      { kind: "stone", quantity: 12, unit_cost: "35", cost_per: "piece" },
      { kind: "finding", quantity: 2, unit_cost: "1.15", cost_per: "piece" },
    ]
    expect(bomMetals(lines)).toEqual([
      { metal: "gold", gross_grams: "3.2", fine_grams: "1.872" },
      { metal: "platinum", gross_grams: "3.11034768", fine_grams: "2.954830296" },
    ])
    expect(bomStonesAndFindings(lines as any)).toEqual({ stones: "420", findings: "2.3" })
  })
  it("stock's fine weight per piece: summed per metal, divided by the pieces", () => {
    expect(stockMetalsPerPiece([{ metal: "gold", fine_grams: "5.85", weight_grams: "10", pieces: 2 }, { metal: null, fine_grams: "0", weight_grams: "1", pieces: 1 }])).toEqual([
      { metal: "gold", fine_grams: "2.925", gross_grams: "5" },
    ])
    expect(stockMetalsPerPiece([])).toEqual([])
  })
})

describe("Reprice", () => {
  it("the change in % beside old and new; a new price has no change", () => {
    expect(changePct("800", "817.57")).toBe("2.20")
    expect(changePct(null, "817.57")).toBeNull()
  })
  it("the daily reprice applies changes at or past the threshold, either way", () => {
    expect(pastThreshold("2.20", "2")).toBe(true)
    expect(pastThreshold("-2.20", "2")).toBe(true)
    expect(pastThreshold("1.99", "2")).toBe(false)
    expect(pastThreshold(null, "2")).toBe(true)
  })
})

describe("Costs at today's rate", () => {
  it("fine metal × the day's rate per metal; a metal with no rate gives no value and is named", () => {
    expect(valueAtRates([{ metal: "gold", fine_grams: "5.85" }, { metal: null, fine_grams: "1" }], usd, 2)).toEqual({
      value: "380.25",
      metals: [{ metal: "gold", fine_grams: "5.85", per_gram: "65", value: "380.25" }],
      missing: [],
    })
    expect(valueAtRates([{ metal: "platinum", fine_grams: "1" }], usd, 2)).toMatchObject({ value: null, missing: ["platinum"] })
  })
})

describe("Price breakdown for customers", () => {
  const b = { currency_code: "usd", metal: "121.68", metals: [], stones: "420.00", findings: "2.30", making: "40.00", markup: "233.59", rounding: "1.43", price: "819.00" }
  it("metal, stones (with findings), making (charge, markup and rounding) and tax added on top", () => {
    expect(storeBreakdown(b, { rate_pct: "8.875", inclusive: false }, 2)).toEqual({
      metal: "121.68",
      stones: "422.30",
      making: "275.02",
      tax: "72.69",
      tax_rate_pct: "8.875",
      tax_inclusive: false,
      price: "819.00",
      net: "819.00",
      total: "891.69",
    })
  })
  it("tax included in the price is taken out of it, and the parts add up to the price", () => {
    const s = storeBreakdown(b, { rate_pct: "20", inclusive: true }, 2)
    expect(s.tax).toBe("136.50")
    expect(Number(s.metal) * 100 + Number(s.stones) * 100 + Number(s.making) * 100 + Number(s.tax) * 100).toBeCloseTo(81900, 6)
  })
})

describe("The rate provider", () => {
  const options = normalizeRateProvider({ url: "http://localhost:9/rates", fields: { gold: "rates.{CURRENCY}.XAU", silver: "rates.{CURRENCY}.XAG" }, currencies: ["usd", "EUR"] })!
  it("is off unless configured; a wrong option stops the start naming it", () => {
    expect(normalizeRateProvider(undefined)).toBeUndefined()
    expect(() => normalizeRateProvider({ url: "ftp://x", fields: { gold: "a" } })).toThrow(/^rate_provider\.url/)
    expect(() => normalizeRateProvider({ url: "http://x", fields: { copper: "a" } })).toThrow(/^rate_provider\.fields\.copper/)
    expect(() => normalizeRateProvider({ url: "http://x", fields: { gold: "a" }, timeout_ms: -1 })).toThrow(/^rate_provider\.timeout_ms/)
    expect(options).toMatchObject({ every_minutes: 60, timeout_ms: 8000, unit: "ozt", currencies: ["usd", "eur"], per_currency: false })
  })
  it("reads each metal through the field mapping; a missing or 0 value keeps the last rate with a warning", () => {
    const json = { rates: { USD: { XAU: 2650.125, XAG: "0" }, EUR: { XAU: "2500.5" } } }
    expect(readProviderRates(json, options, "usd")).toEqual({
      rates: [{ metal: "gold", currency_code: "usd", rate: "2650.125", rate_unit: "ozt" }],
      warnings: ['silver USD: the endpoint gave 0 at "rates.USD.XAG"; the last rate stays'],
    })
    expect(readProviderRates(json, options, "eur").warnings).toEqual(['silver EUR: no number at "rates.EUR.XAG"; the last rate stays'])
  })
  it("an inverse endpoint (ounces per unit of currency) gives 1 ÷ the number", () => {
    const inv = normalizeRateProvider({ url: "http://x", fields: { gold: "rates.XAU" }, inverse: true })!
    expect(readProviderRates({ rates: { XAU: "0.0004" } }, inv, "usd").rates[0].rate).toBe("2500")
  })
  it("a fetch is due when none was made or the interval has passed", () => {
    const now = new Date("2026-11-30T12:00:00Z")
    expect(providerFetchDue(null, now, 60)).toBe(true)
    expect(providerFetchDue(new Date("2026-11-30T11:30:00Z"), now, 60)).toBe(false)
    expect(providerFetchDue(new Date("2026-11-30T11:00:00Z"), now, 60)).toBe(true)
  })
})

describe("Selling by weight", () => {
  it("a weight unit of measure on Medusa's inventory item means the stock is the items' weight; 'fine' their fine metal; anything else pieces", () => {
    expect(weightBasisOf("g")).toEqual({ basis: "gross", unit: "g" })
    expect(weightBasisOf("Grams")).toEqual({ basis: "gross", unit: "g" })
    expect(weightBasisOf("fine g")).toEqual({ basis: "fine", unit: "g" })
    expect(weightBasisOf("ozt")).toEqual({ basis: "gross", unit: "ozt" })
    expect(weightBasisOf("piece")).toBeNull()
    expect(weightBasisOf(null)).toBeNull()
  })
  it("the level is the grams in that unit, rounded down to 4 places: never more than the bench has", () => {
    expect(weightLevel("12.5", { basis: "gross", unit: "g" })).toBe("12.5")
    expect(weightLevel("31.1034768", { basis: "gross", unit: "ozt" })).toBe("1")
    expect(weightLevel("10", { basis: "gross", unit: "dwt" })).toBe("6.4301")
  })
})
