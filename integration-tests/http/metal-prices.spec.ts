import http from "node:http"
import { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { createShop, Shop } from "../helpers/shop"

jest.setTimeout(300_000)

/**
 * Metal prices (issue 16): the day's rates per metal and currency, costs at
 * today's rate, prices from rules applied through Medusa's own pricing
 * once and recorded, the daily reprice, the store's price break-up and the
 * optional rate provider against a local fake endpoint.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: StaffUser
    let shop: Shop
    let types: Record<string, any>
    const h = () => admin.headers
    const post = (url: string, body: any) => api.post(url, body, h())
    const get = async (url: string) => (await api.get(url, h())).data
    const sql = async (q: string, p: any[] = []) => (await dbConnection.raw(q, p)).rows
    const today = new Date().toISOString().slice(0, 10)
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)
    /** Medusa's own price of a variant in a currency, as its admin product route shows it. */
    const medusaPrice = async (productId: string, variantId: string, currency: string) => {
      const { variant } = await get(`/admin/products/${productId}/variants/${variantId}`)
      return variant.prices.find((p: any) => p.currency_code === currency && !Object.keys(p.rules ?? {}).length)?.amount ?? null
    }
    const rates = (list: any[]) => post("/admin/metal-prices/rates", { rates: list })
    /** A ring style: 3.2 g of 14K (1.872 g fine gold), 12 stones at 35, two findings at 1.15, sold as the shop's ring variant. */
    const ringStyle = async () =>
      (
        await post("/admin/styles", {
          code: `R${Date.now() % 1000000}`,
          name: "Pavé band",
          currency_code: "usd",
          variant_id: shop.ringVariant.id,
          bom_lines: [
            { kind: "metal", purity: "14K", quantity: 1, weight: "3.2", weight_unit: "g", unit_cost: "62", cost_per: "weight" },
            { kind: "stone", quantity: 12, unit_cost: "35" },
            { kind: "finding", quantity: 2, unit_cost: "1.15" },
          ],
          labor_lines: [{ stage_name: "Stone Setting", cost: "45" }],
        })
      ).data.style
    const ringRule = async (styleId: string, over: Record<string, any> = {}) =>
      (await post("/admin/metal-prices/rules", { name: "Pavé bands", style_id: styleId, metal_source: "bom", making_charges: { usd: "12.5" }, making_per: "gram", markup_pct: "40", rounding: "end_9", ...over })).data.price_rule
    const line = (reprice: any, variantId: string, currency = "usd") => reprice.changes.find((c: any) => c.variant_id === variantId && c.currency_code === currency)

    beforeEach(async () => {
      const c = getContainer()
      admin = await createStaffUser(c, api, `prices-${Date.now()}@workshop.test`)
      await post("/admin/production/reset", { industry: "jewelry", confirm: true })
      shop = await createShop(c)
      types = Object.fromEntries((await get("/admin/production/inventory-types")).inventory_types.map((t: any) => [t.name, t]))
      const [store] = await c.resolve(Modules.STORE).listStores({}, { take: 1 })
      await updateStoresWorkflow(c).run({
        input: { selector: { id: store.id }, update: { supported_currencies: [{ currency_code: "usd", is_default: true }, { currency_code: "eur" }, { currency_code: "jpy" }] } },
      })
    })

    it("rates per metal per fine gram or troy ounce, per store currency, dated: the day's rate is the latest of the latest day, with its history", async () => {
      const made = await rates([
        { metal: "gold", currency_code: "usd", rate: "2600", rate_unit: "ozt", rate_date: daysAgo(1) },
        { metal: "gold", currency_code: "USD", rate: "2650.5", rate_unit: "ozt" },
        { metal: "silver", currency_code: "usd", rate: "0.98", rate_unit: "g" },
        { metal: "gold", currency_code: "eur", rate: "78.25", rate_unit: "g" },
      ])
      expect(made.status).toBe(201)
      expect(made.data.rates[1]).toMatchObject({ currency_code: "usd", rate: "2650.5", rate_unit: "ozt", rate_per_gram: "85.2155537801", rate_date: today, source: "manual" })
      const now = await get("/admin/metal-prices/rates/today")
      const gold = now.rates.find((r: any) => r.metal === "gold" && r.currency_code === "usd")
      expect(gold).toMatchObject({ rate: "2650.5", rate_date: today })
      expect(now.currencies.map((c: any) => [c.code, c.precision])).toEqual(expect.arrayContaining([["usd", 2], ["eur", 2], ["jpy", 0]]))
      expect(now.provider).toEqual({ configured: false })
      const history = await get("/admin/metal-prices/rates?metal=gold&currency_code=usd")
      expect(history.rates.map((r: any) => [r.rate_date, r.rate])).toEqual([[today, "2650.5"], [daysAgo(1), "2600"]])
    })

    it("bad input is a 400 naming the field and records nothing: negative rates, unknown metal or currency, markup past bounds", async () => {
      const before = (await sql(`SELECT COUNT(*)::int AS n FROM jewelry_metal_rate`))[0].n
      const cases: [any, RegExp][] = [
        [{ metal: "gold", currency_code: "usd", rate: "-5", rate_unit: "g" }, /^rates\[0\]\.rate: /],
        [{ metal: "copper", currency_code: "usd", rate: "5", rate_unit: "g" }, /^rates\[0\]\.metal: /],
        [{ metal: "gold", currency_code: "xyz", rate: "5", rate_unit: "g" }, /^rates\[0\]\.currency_code: "xyz" is not one of the store's currencies/],
        [{ metal: "gold", currency_code: "usd", rate: "5", rate_unit: "kg" }, /^rates\[0\]\.rate_unit: /],
      ]
      for (const [rate, message] of cases) {
        const r = await attempt(rates([{ metal: "gold", currency_code: "usd", rate: "70", rate_unit: "g" }, rate].reverse()))
        expect(r.status).toBe(400)
        expect(r.data.message).toMatch(message)
      }
      expect((await sql(`SELECT COUNT(*)::int AS n FROM jewelry_metal_rate`))[0].n).toBe(before)
      const style = await ringStyle()
      const markup = await attempt(post("/admin/metal-prices/rules", { name: "x", style_id: style.id, making_charges: { usd: "10" }, markup_pct: "5000" }))
      expect(markup.status).toBe(400)
      expect(markup.data.message).toMatch(/^markup_pct: /)
      const cur = await attempt(post("/admin/metal-prices/rules", { name: "x", style_id: style.id, making_charges: { gbp: "10" } }))
      expect(cur.status).toBe(400)
      expect(cur.data.message).toMatch(/^making_charges\.gbp: /)
      const noStyle = await attempt(post("/admin/metal-prices/rules", { name: "x", product_id: shop.ring.id, metal_source: "bom", making_charges: { usd: "10" } }))
      expect(noStyle.status).toBe(400)
      expect(noStyle.data.message).toMatch(/^metal_source: /)
      expect((await sql(`SELECT COUNT(*)::int AS n FROM jewelry_price_rule`))[0].n).toBe(0)
    })

    it("a rule prices each linked variant per currency from the day's rates, exact to the currency; 0 or no rate never prices and the preview says why", async () => {
      await rates([{ metal: "gold", currency_code: "usd", rate: "65", rate_unit: "g" }])
      const style = await ringStyle()
      const rule = await ringRule(style.id, { making_charges: { usd: "12.5", jpy: "1900" } })
      const { reprice } = (await post("/admin/metal-prices/reprices", { rule_ids: [rule.id] })).data
      // metal 1.872 × 65 = 121.68; stones 420; findings 2.30; making 3.2 g × 12.5 = 40; × 1.40 = 817.572 → end in 9: 819
      expect(line(reprice, shop.ringVariant.id)).toMatchObject({
        status: "proposed",
        old_amount: "1200",
        new_amount: "819",
        change_pct: "-31.75",
        breakdown: { metal: "121.68", stones: "420.00", findings: "2.30", making: "40.00", markup: "233.59", rounding: "1.43", price: "819.00" },
        variant: { id: shop.ringVariant.id },
        rule: { id: rule.id, name: "Pavé bands" },
      })
      expect(line(reprice, shop.ringVariant.id).breakdown.metals[0]).toMatchObject({ metal: "gold", fine_grams: "1.872", per_gram: "65" })
      expect(line(reprice, shop.ringVariant.id, "eur")).toMatchObject({ status: "unpriced", reason: "no making charge in EUR on the rule", new_amount: null })
      expect(line(reprice, shop.ringVariant.id, "jpy")).toMatchObject({ status: "unpriced", reason: "stones and findings are costed in USD, not JPY" })

      await rates([{ metal: "gold", currency_code: "usd", rate: "0", rate_unit: "g" }])
      const zero = (await post("/admin/metal-prices/reprices", { rule_ids: [rule.id] })).data.reprice
      expect(line(zero, shop.ringVariant.id)).toMatchObject({ status: "unpriced", reason: "the gold rate in USD is 0", old_amount: "1200" })
      const refused = await attempt(post(`/admin/metal-prices/reprices/${zero.id}/apply`, { change_ids: [line(zero, shop.ringVariant.id).id] }))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/^change_ids\[0\]: the line is unpriced \(the gold rate in USD is 0\)/)
      expect(await medusaPrice(shop.ring.id, shop.ringVariant.id, "usd")).toBe(1200)
    })

    it("applying a reprice changes exactly the accepted variants' prices in Medusa, once, recorded with the rate; the store shows the break-up", async () => {
      await rates([
        { metal: "gold", currency_code: "usd", rate: "65", rate_unit: "g" },
        { metal: "silver", currency_code: "usd", rate: "0.9", rate_unit: "g" },
      ])
      const style = await ringStyle()
      const ring = await ringRule(style.id)
      // The chain is priced from its stock's fine silver: two chains of 20 g sterling, 18.5 g fine each.
      await post("/admin/stock-items", { product_id: shop.chain.id, variant_id: shop.chainVariant.id, inventory_type_id: types["Necklaces"].id, purity: "925", weight: "40", weight_unit: "g", pieces: 2, location_id: shop.location.id })
      const chain = (await post("/admin/metal-prices/rules", { name: "Chains by weight", product_id: shop.chain.id, metal_source: "stock", making_charges: { usd: "25" }, making_per: "piece", markup_pct: "0", rounding: "none" })).data.price_rule
      const chainBefore = await medusaPrice(shop.chain.id, shop.chainVariant.id, "usd")
      const { reprice } = (await post("/admin/metal-prices/reprices", { rule_ids: [ring.id, chain.id] })).data
      // 18.5 × 0.9 = 16.65 + 25 = 41.65
      expect(line(reprice, shop.chainVariant.id)).toMatchObject({ status: "proposed", new_amount: "41.65" })

      // Only the ring is accepted: the chain keeps its price.
      const applied = (await post(`/admin/metal-prices/reprices/${reprice.id}/apply`, { change_ids: [line(reprice, shop.ringVariant.id).id] })).data.reprice
      expect(applied.status).toBe("applied")
      expect(line(applied, shop.ringVariant.id).status).toBe("applied")
      expect(line(applied, shop.chainVariant.id).status).toBe("not_accepted")
      expect(await medusaPrice(shop.ring.id, shop.ringVariant.id, "usd")).toBe(819)
      expect(await medusaPrice(shop.chain.id, shop.chainVariant.id, "usd")).toBe(chainBefore)

      // Once: applying again is a 409 and changes nothing.
      const again = await attempt(post(`/admin/metal-prices/reprices/${reprice.id}/apply`, { change_ids: [line(reprice, shop.ringVariant.id).id] }))
      expect(again.status).toBe(409)
      const history = await get(`/admin/metal-prices/changes?variant_id=${shop.ringVariant.id}`)
      expect(history.count).toBe(1)
      expect(history.price_changes[0]).toMatchObject({ old_amount: "1200", new_amount: "819", currency_code: "usd", breakdown: { metals: [{ metal: "gold", per_gram: "65" }] } })
      expect(history.price_changes[0].breakdown.metals[0].rate_id).toMatch(/^jmr_/)

      // The storefront's break-up: metal, stones, making and tax (the region's 8.875 % added on top).
      const tax = getContainer().resolve(Modules.TAX)
      if (!(await tax.listTaxRegions({ country_code: "us" })).length) await tax.createTaxRegions({ country_code: "us", default_tax_rate: { rate: 8.875, code: "ny", name: "New York" } } as any)
      const store = { headers: { "x-publishable-api-key": shop.pk } }
      const split = (await api.get(`/store/metal-prices/variants/${shop.ringVariant.id}?region_id=${shop.region.id}`, store)).data.price_breakdown
      expect(split).toMatchObject({ currency_code: "usd", price: "819.00", metal: "121.68", stones: "422.30", making: "275.02", tax: "72.69", tax_rate_pct: "8.875", tax_inclusive: false, total: "891.69" })
      const unruled = await attempt(api.get(`/store/metal-prices/variants/${shop.chainVariant.id}`, store))
      expect(unruled.status).toBe(404)
      expect(unruled.data.message).toMatch(/not set by a metal price rule/)
      const bad = await attempt(api.get(`/store/metal-prices/variants/${shop.ringVariant.id}?currency_code=dollars`, store))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/^currency_code: /)
    })

    it("a failure half-way leaves every price as it was, and the reprice can be applied after", async () => {
      await rates([{ metal: "gold", currency_code: "usd", rate: "65", rate_unit: "g" }])
      const style = await ringStyle()
      const rule = await ringRule(style.id, { making_charges: { usd: "12.5", eur: "11" } })
      await rates([{ metal: "gold", currency_code: "eur", rate: "60", rate_unit: "g" }])
      await post(`/admin/styles/${style.id}`, { bom_lines: [{ kind: "metal", purity: "14K", quantity: 1, weight: "3.2", weight_unit: "g", unit_cost: "62", cost_per: "weight" }] })
      const { reprice } = (await post("/admin/metal-prices/reprices", { rule_ids: [rule.id] })).data
      const accepted = reprice.changes.filter((c: any) => c.status === "proposed").map((c: any) => c.id)
      // usd (an existing price changed) and eur (a new price added)
      expect(accepted).toHaveLength(2)
      const svc = getContainer().resolve("jewelryMetalPrices")
      const spy = jest.spyOn(svc, "markApplied").mockRejectedValueOnce(new Error("database went away"))
      const failed = await attempt(post(`/admin/metal-prices/reprices/${reprice.id}/apply`, { change_ids: accepted }))
      spy.mockRestore()
      expect(failed.status).toBe(500)
      expect(await medusaPrice(shop.ring.id, shop.ringVariant.id, "usd")).toBe(1200)
      expect(await medusaPrice(shop.ring.id, shop.ringVariant.id, "eur")).toBeNull()
      expect((await get(`/admin/metal-prices/reprices/${reprice.id}`)).reprice).toMatchObject({ status: "previewed", counts: { proposed: 2, applied: 0 } })

      const ok = await post(`/admin/metal-prices/reprices/${reprice.id}/apply`, { change_ids: accepted })
      expect(ok.status).toBe(200)
      // 1.872 × 65 = 121.68 + 40 = 161.68 × 1.4 = 226.352 → 229; eur 1.872 × 60 = 112.32 + 35.2 = 147.52 × 1.4 = 206.528 → 209
      expect(await medusaPrice(shop.ring.id, shop.ringVariant.id, "usd")).toBe(229)
      expect(await medusaPrice(shop.ring.id, shop.ringVariant.id, "eur")).toBe(209)
    })

    it("a price moved in Medusa since the preview is not overwritten: 409, preview again; a newer preview replaces the older", async () => {
      await rates([{ metal: "gold", currency_code: "usd", rate: "65", rate_unit: "g" }])
      const rule = await ringRule((await ringStyle()).id)
      const first = (await post("/admin/metal-prices/reprices", { rule_ids: [rule.id] })).data.reprice
      await post(`/admin/products/${shop.ring.id}/variants/${shop.ringVariant.id}`, { prices: [{ currency_code: "usd", amount: 1250 }] })
      const moved = await attempt(post(`/admin/metal-prices/reprices/${first.id}/apply`, { change_ids: [line(first, shop.ringVariant.id).id] }))
      expect(moved.status).toBe(409)
      expect(moved.data.message).toMatch(/changed since the preview/)
      expect(await medusaPrice(shop.ring.id, shop.ringVariant.id, "usd")).toBe(1250)
      const second = (await post("/admin/metal-prices/reprices", { rule_ids: [rule.id] })).data.reprice
      expect(line(second, shop.ringVariant.id).old_amount).toBe("1250")
      const stale = await attempt(post(`/admin/metal-prices/reprices/${first.id}/apply`, { change_ids: [line(first, shop.ringVariant.id).id] }))
      expect(stale.status).toBe(409)
      expect(stale.data.message).toMatch(/newer preview/)
    })

    it("the daily reprice applies by itself only the changes at or past the rule's threshold", async () => {
      const { runScheduledReprice } = require("../../src/workflows/metal-prices/scheduled")
      await rates([{ metal: "gold", currency_code: "usd", rate: "65", rate_unit: "g" }])
      const style = await ringStyle()
      await ringRule(style.id, { auto_reprice: true, auto_threshold_pct: "2", rounding: "none" })
      const [first] = await runScheduledReprice(getContainer())
      expect(first).toMatchObject({ applied: 1 })
      expect(await medusaPrice(shop.ring.id, shop.ringVariant.id, "usd")).toBe(817.57)
      // Gold up 1 %: the price moves about 0.3 %, under the 2 % threshold, and stays.
      await rates([{ metal: "gold", currency_code: "usd", rate: "65.65", rate_unit: "g" }])
      const [second] = await runScheduledReprice(getContainer())
      expect(second).toMatchObject({ applied: 0, below_threshold: 1 })
      expect(await medusaPrice(shop.ring.id, shop.ringVariant.id, "usd")).toBe(817.57)
      // Gold up 20 %: applied.
      await rates([{ metal: "gold", currency_code: "usd", rate: "78", rate_unit: "g" }])
      const [third] = await runScheduledReprice(getContainer())
      expect(third).toMatchObject({ applied: 1 })
      expect(await medusaPrice(shop.ring.id, shop.ringVariant.id, "usd")).toBe(851.64)
      const runs = await get("/admin/metal-prices/reprices")
      expect(runs.reprices.filter((r: any) => r.source === "scheduled")).toHaveLength(3)
    })

    it("costs at today's rate beside the cost basis: a stock item's replacement value and a style's BOM estimate", async () => {
      await rates([{ metal: "gold", currency_code: "usd", rate: "65", rate_unit: "g" }])
      const grain = (await post("/admin/stock-items", { product_id: shop.ring.id, variant_id: null, inventory_type_id: types["Precious Metals"].id, purity: "14K", weight: "10", weight_unit: "g", pieces: 1, location_id: shop.location.id, cost_basis: "300", currency_code: "usd" })).data.stock_item
      const item = (await get(`/admin/metal-prices/valuations?stock_item_id=${grain.id}`)).valuation
      expect(item).toMatchObject({ kind: "stock_item", currency_code: "usd", recorded: "300", at_rate: "380.25", metals: [{ metal: "gold", fine_grams: "5.85", per_gram: "65" }], missing: [] })
      const style = await ringStyle()
      const est = (await get(`/admin/metal-prices/valuations?style_id=${style.id}`)).valuation
      // BOM: metal 3.2 × 62 = 198.40 + 420 + 2.30 + 45 = 665.70; at today's rate the metal is 121.68: 588.98
      expect(est).toMatchObject({ kind: "style", recorded: "665.70", metal_recorded: "198.40", metal_at_rate: "121.68", at_rate: "588.98" })
      const none = (await get(`/admin/metal-prices/valuations?stock_item_id=${grain.id}&currency_code=eur`)).valuation
      expect(none).toMatchObject({ at_rate: null, missing: ["gold"] })
      const two = await attempt(api.get(`/admin/metal-prices/valuations?stock_item_id=${grain.id}&style_id=${style.id}`, h()))
      expect(two.status).toBe(400)
      expect(two.data.message).toMatch(/^stock_item_id: /)
    })

    it("selling by weight: a bulk-metal variant whose Medusa inventory item is measured in grams follows its stock items' weight, not their pieces", async () => {
      const c = getContainer()
      const inventory = c.resolve(Modules.INVENTORY)
      const query = c.resolve("query")
      const { result: [grain] } = await createProductsWorkflow(c).run({
        input: {
          products: [
            {
              title: "Sterling casting grain",
              status: ProductStatus.PUBLISHED,
              shipping_profile_id: shop.profile.id,
              options: [{ title: "Form", values: ["Grain"] }],
              variants: [{ title: "Grain", sku: `AG-GRAIN-${Date.now()}`, manage_inventory: true, options: { Form: "Grain" }, prices: [{ currency_code: "usd", amount: 1.1 }] }],
              sales_channels: [{ id: shop.channel.id }],
            },
          ],
        },
      })
      const variant = grain.variants[0]
      const { data: [v] } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variant.id } })
      const itemId = (v as any).inventory_items[0].inventory_item_id
      await inventory.updateInventoryItems([{ id: itemId, unit_of_measure: "g" }])
      const level = async () => {
        const [l] = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: shop.location.id })
        return l ? String((l as any).raw_stocked_quantity?.value ?? l.stocked_quantity) : null
      }
      const wire = (await post("/admin/stock-items", { product_id: grain.id, variant_id: variant.id, inventory_type_id: types["Precious Metals"].id, purity: "925", weight: "12.5", weight_unit: "g", pieces: 1, location_id: shop.location.id })).data.stock_item
      expect(await level()).toBe("12.5")
      await post(`/admin/stock-items/${wire.id}/adjustments`, { weight_delta: "-2.25", pieces_delta: 0, note: "cut 2.25 g for a customer" })
      expect(await level()).toBe("10.25")
      await post("/admin/stock-items", { product_id: grain.id, variant_id: variant.id, inventory_type_id: types["Precious Metals"].id, purity: "925", weight: "0.5", weight_unit: "dwt", pieces: 1, location_id: shop.location.id })
      // 0.5 dwt = 0.77758692 g; Medusa keeps 4 places, rounded down.
      expect(await level()).toBe("11.0275")
      // Measured in fine grams, the same items give their fine silver.
      await inventory.updateInventoryItems([{ id: itemId, unit_of_measure: "fine g" }])
      await post(`/admin/stock-items/${wire.id}/adjustments`, { weight_delta: "0", pieces_delta: 1, note: "recount" })
      expect(await level()).toBe("10.2005")
    })

    it("the rate provider is called only when configured; a local endpoint's rates are recorded, its failure keeps the last rate", async () => {
      const { fetchProviderRates } = require("../../src/workflows/metal-prices/scheduled")
      const { normalizeRateProvider } = require("../../src/lib/metal-prices")
      let calls = 0
      let answer: (res: http.ServerResponse) => void = (res) => res.end(JSON.stringify({ rates: { USD: { XAU: 2650.5, XAG: "31.1" }, EUR: { XAU: "2400" } } }))
      const server = http.createServer((_req, res) => {
        calls += 1
        res.setHeader("content-type", "application/json")
        answer(res)
      })
      await new Promise<void>((r) => server.listen(0, "localhost", r))
      const url = `http://localhost:${(server.address() as AddressInfo).port}/rates`
      try {
        const off = await fetchProviderRates(getContainer(), { force: true })
        expect(off).toEqual({ configured: false, fetched: false, recorded: 0, warnings: [] })
        expect(calls).toBe(0)
        const refused = await attempt(post("/admin/metal-prices/rates/fetch", {}))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^rate_provider: /)
        expect(calls).toBe(0)

        const options = normalizeRateProvider({ url, currencies: ["usd", "eur"], timeout_ms: 500, fields: { gold: "rates.{CURRENCY}.XAU", silver: "rates.{CURRENCY}.XAG" } })
        const got = await fetchProviderRates(getContainer(), { force: true, options })
        expect(got).toMatchObject({ configured: true, fetched: true, recorded: 3, warnings: ['silver EUR: no number at "rates.EUR.XAG"; the last rate stays'] })
        expect(calls).toBe(1)
        const now = (await get("/admin/metal-prices/rates/today")).rates
        expect(now.find((r: any) => r.metal === "silver" && r.currency_code === "usd")).toMatchObject({ rate: "31.1", rate_unit: "ozt", source: "provider" })
        // Not due again within the interval.
        expect(await fetchProviderRates(getContainer(), { options })).toMatchObject({ fetched: false })
        expect(calls).toBe(1)

        answer = (res) => {
          res.statusCode = 503
          res.end("{}")
        }
        const down = await fetchProviderRates(getContainer(), { force: true, options })
        expect(down).toMatchObject({ fetched: true, recorded: 0, warnings: ["USD: the endpoint answered 503; the last rates stay"] })
        answer = () => undefined // never answers
        const slow = await fetchProviderRates(getContainer(), { force: true, options })
        expect(slow.warnings).toEqual(["USD: no answer within 500 ms; the last rates stay"])
        const gold = (await get("/admin/metal-prices/rates/today")).rates.find((r: any) => r.metal === "gold" && r.currency_code === "usd")
        expect(gold).toMatchObject({ rate: "2650.5", source: "provider" })
      } finally {
        server.closeAllConnections?.()
        await new Promise((r) => server.close(r))
      }
    })
  },
})
