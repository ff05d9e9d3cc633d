import BigNumber from "bignumber.js"
import type { Browser, Page } from "playwright-core"
import { adminApi, BASE, choose, launch, login, shot } from "./helpers"

jest.setTimeout(300_000)

/**
 * Metal prices in the admin (issue 16): the rates page with the seeded
 * history and its chart, a rate entered by hand (a negative one refused
 * beside its box), a price rule made in its drawer, a reprice from its
 * preview to Medusa's own product screens showing the new price, and the
 * store's price break-up. The product, style and rule are this suite's own.
 */
describe("Metal prices: rates, a price rule, a reprice into Medusa and the price break-up", () => {
  let browser: Browser
  let page: Page
  const stamp = Date.now() % 1_000_000
  let product: { id: string; title: string; variantId: string }
  let style: { id: string; code: string; name: string }
  let newPrice = ""

  const api = async (path: string, body?: unknown, method?: "GET" | "POST" | "DELETE") => {
    const res = await adminApi(page, path, body, method)
    if (res.status >= 300) throw new Error(`${method ?? (body === undefined ? "GET" : "POST")} ${path} → ${res.status}: ${res.body?.message}`)
    return res.body
  }

  beforeAll(async () => {
    browser = await launch()
    page = await login(browser)
    const title = `E2E Signet ${stamp}`
    const made = (
      await api("/admin/products", {
        title,
        status: "published",
        options: [{ title: "Size", values: ["7"] }],
        variants: [{ title: "Size 7", sku: `E2E-SIG-${stamp}`, options: { Size: "7" }, manage_inventory: false, prices: [{ currency_code: "usd", amount: 500 }] }],
      })
    ).product
    product = { id: made.id, title, variantId: made.variants[0].id }
    // 6 g of 18K (4.5 g fine gold) and one stone at 120.
    const s = (
      await api("/admin/styles", {
        code: `E2E-SIG-${stamp}`,
        name: `Signet ${stamp}`,
        currency_code: "usd",
        variant_id: product.variantId,
        bom_lines: [
          { kind: "metal", purity: "18K", quantity: 1, weight: "6", weight_unit: "g", unit_cost: "80", cost_per: "weight" },
          { kind: "stone", quantity: 1, unit_cost: "120" },
        ],
      })
    ).style
    style = { id: s.id, code: s.code, name: s.name }
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("the rates page: today's rates from the seeded history, its chart, and a rate entered by hand (a negative one refused beside its box)", async () => {
    await page.goto(`${BASE}/app/metal-prices`)
    await page.getByTestId("metal-prices-page").waitFor()
    const gold = page.locator('[data-testid="today-rate"][data-metal="gold"]')
    await gold.getByTestId("today-rate-ozt").filter({ hasText: /\d/ }).waitFor()
    // Four months of weekday rates: the chart has a point a weekday.
    const chart = page.getByTestId("rate-chart")
    await chart.waitFor()
    expect(Number(await chart.getAttribute("data-points"))).toBeGreaterThan(40)
    expect(await page.getByTestId("provider-status").textContent()).toMatch(/entered by hand/)
    await shot(page, "metal-prices-rates", { full: true })

    await page.getByTestId("open-rates-form").click()
    const form = page.getByTestId("rates-form")
    await form.waitFor()
    await form.locator("#rate-gold").fill("-5")
    await form.getByTestId("rates-form-submit").click()
    await form.getByTestId("error-rate-field-gold").waitFor()
    expect(await form.getByTestId("error-rate-field-gold").textContent()).toMatch(/rate: must be a decimal/i)
    await form.locator("#rate-gold").fill("2700")
    await form.getByTestId("rates-form-submit").click()
    await form.waitFor({ state: "hidden" })
    await gold.getByTestId("today-rate-ozt").filter({ hasText: "2,700.00" }).waitFor()
    const today = (await api("/admin/metal-prices/rates/today")).rates.find((r: any) => r.metal === "gold" && r.currency_code === "usd")
    expect(today).toMatchObject({ rate: "2700", rate_unit: "ozt", source: "manual" })
  })

  it("a price rule made in its drawer: the style's metal from its BOM, making per gram in USD, markup and 'end in 9'", async () => {
    await page.getByTestId("new-rule").click()
    const form = page.getByTestId("rule-form")
    await form.waitFor()
    // Saved without a name, it says so beside the name.
    await form.getByTestId("rule-form-submit").click()
    await form.getByText("Name the rule.").waitFor()
    await form.locator("#rule-name").fill(`Signets ${stamp}`)
    await choose(page, "#rule-style", `${style.code} · ${style.name}`)
    await form.locator("#rule-making-usd").fill("15")
    await form.locator("#rule-markup").fill("30")
    await choose(page, "#rule-rounding", "Up to end in 9 (1,239)")
    await form.getByTestId("rule-form-submit").click()
    await form.waitFor({ state: "hidden" })
    await page.locator('[data-testid="rule-row"]', { hasText: `Signets ${stamp}` }).waitFor()
    const rule = (await api("/admin/metal-prices/rules?limit=50")).price_rules.find((r: any) => r.name === `Signets ${stamp}`)
    expect(rule).toMatchObject({ style_id: style.id, metal_source: "bom", making_charges: { usd: "15" }, making_per: "gram", markup_pct: "30", rounding: "end_9" })
  })

  it("Reprice: old and new side by side, the accepted ones applied through Medusa; its product screens show the new price", async () => {
    await page.getByTestId("open-reprice").click()
    const modal = page.getByTestId("reprice-modal")
    await modal.waitFor()
    const lineSelector = `[data-testid="reprice-line"][data-variant-id="${product.variantId}"][data-currency="usd"]`
    const line = modal.locator(lineSelector)
    await line.waitFor()
    expect(await line.getAttribute("data-status")).toBe("proposed")
    const row = modal.locator("tr", { has: page.locator(lineSelector) })
    expect(await row.getByTestId("reprice-old").textContent()).toBe("500.00")
    // (4.5 g fine × 2700 ÷ 31.1034768 + 120 + 6 g × 15) × 1.3, up to end in 9
    const perGram = new BigNumber(2700).div("31.1034768").decimalPlaces(10, BigNumber.ROUND_HALF_UP)
    const raw = perGram.times("4.5").plus(120).plus(90).times("1.3")
    const expected = raw.integerValue(BigNumber.ROUND_CEIL).plus(new BigNumber(9).minus(raw.integerValue(BigNumber.ROUND_CEIL).mod(10)).plus(10).mod(10))
    newPrice = expected.toFixed(2)
    expect(await row.getByTestId("reprice-new").textContent()).toBe(expected.toFormat(2))
    await shot(page, "metal-prices-reprice-preview")
    await modal.getByTestId("apply-reprice").click()
    await modal.getByText("Applied. Each change is kept with the rate it came from.").waitFor()
    expect(await line.getAttribute("data-status")).toBe("applied")

    // Medusa's own screens: the variant's price is the new one.
    await modal.getByTestId("reprice-product-link").filter({ hasText: product.title }).click()
    await page.waitForURL(new RegExp(`/app/products/${product.id}`))
    await page.goto(`${BASE}/app/products/${product.id}/variants/${product.variantId}`)
    await page.getByText(expected.toFormat(2)).first().waitFor()
    await shot(page, "metal-prices-medusa-variant-price")
    const { variant } = await api(`/admin/products/${product.id}/variants/${product.variantId}`)
    expect(variant.prices.find((p: any) => p.currency_code === "usd").amount).toBe(Number(newPrice))

    // The change is kept with the rate it came from.
    await page.goto(`${BASE}/app/metal-prices`)
    await page.getByTestId("change-row").filter({ hasText: product.title }).first().waitFor()
    const changes = (await api(`/admin/metal-prices/changes?variant_id=${product.variantId}`)).price_changes
    // Amounts are exact decimals as the database keeps them ("789", not "789.00"): compare as decimals.
    expect(new BigNumber(changes[0].old_amount).eq(500)).toBe(true)
    expect(new BigNumber(changes[0].new_amount).eq(newPrice)).toBe(true)
    expect(changes[0].breakdown.metals[0]).toMatchObject({ metal: "gold", per_gram: perGram.toFixed() })
  })

  it("the store's price break-up: metal, stones, making and tax add up to the variant's price", async () => {
    const keys = (await api("/admin/api-keys?type=publishable&limit=1")).api_keys
    const res = await fetch(`${BASE}/store/metal-prices/variants/${product.variantId}?currency_code=usd`, { headers: { "x-publishable-api-key": keys[0].token } })
    expect(res.status).toBe(200)
    const { price_breakdown: split } = (await res.json()) as any
    expect(split).toMatchObject({ currency_code: "usd", price: newPrice, stones: "120.00" })
    const parts = [split.metal, split.stones, split.making, split.tax].reduce((n: BigNumber, v: string) => n.plus(v), new BigNumber(0))
    expect(parts.toFixed(2)).toBe(split.tax_inclusive ? newPrice : new BigNumber(newPrice).plus(split.tax).toFixed(2))
    expect(split.metals[0]).toMatchObject({ metal: "gold", fine_grams: "4.5" })
  })
})
