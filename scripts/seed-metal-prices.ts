import type { MedusaContainer } from "@medusajs/framework/types"
import { applyRepriceWorkflow, createPriceRuleWorkflow, previewRepriceWorkflow, recordMetalRatesWorkflow } from "../src/workflows"
import { METAL_PRICES_MODULE } from "../src/modules/metal-prices"

/**
 * Metal prices for the demo: four months of weekday rates per troy ounce in
 * the store's currency (gold from about 2,400 to 2,650 USD, silver near 30,
 * platinum near 980, palladium near 1,000, with the wobble real fixings
 * have), one price rule on the four-prong solitaire (metal from its BOM,
 * making 18 USD a gram, 35 % markup, ending in 9) and its reprice applied
 * once, so the rates page, the chart, the rules and the price changes show
 * data on the first run. Deterministic: the same rates every run.
 */
export async function seedMetalPrices(container: MedusaContainer, opts: { adminId: string; styleId: string; currency?: string }) {
  const currency = opts.currency ?? "usd"
  const days = 120
  const curves: Record<string, (i: number) => number> = {
    gold: (i) => 2380 + 2.2 * i + 35 * Math.sin(i / 9) + 12 * Math.sin(i / 2.7),
    silver: (i) => 28.2 + 0.022 * i + 0.8 * Math.sin(i / 7) + 0.3 * Math.sin(i / 2.1),
    platinum: (i) => 930 + 0.4 * i + 25 * Math.sin(i / 11) + 8 * Math.sin(i / 3),
    palladium: (i) => 1010 + 0.3 * i - 40 * Math.sin(i / 13) + 10 * Math.sin(i / 2.5),
  }
  const rates: { metal: string; currency_code: string; rate: string; rate_unit: "ozt"; rate_date: string }[] = []
  for (let back = days - 1; back >= 0; back--) {
    const day = new Date(Date.now() - back * 86_400_000)
    const weekday = day.getUTCDay()
    if (back > 0 && (weekday === 0 || weekday === 6)) continue
    const i = days - 1 - back
    for (const [metal, curve] of Object.entries(curves)) {
      rates.push({ metal, currency_code: currency, rate: curve(i).toFixed(2), rate_unit: "ozt", rate_date: day.toISOString().slice(0, 10) })
    }
  }
  await recordMetalRatesWorkflow(container).run({ input: { rates: rates as any, source: "manual", actor_id: opts.adminId } })

  const { result: rule } = await createPriceRuleWorkflow(container).run({
    input: {
      name: "Solitaire mounts by weight",
      style_id: opts.styleId,
      metal_source: "bom",
      making_charges: { [currency]: "18" },
      making_per: "gram",
      markup_pct: "35",
      rounding: "end_9",
      actor_id: opts.adminId,
    },
  })
  const { result: run } = await previewRepriceWorkflow(container).run({ input: { rule_ids: [(rule as any).id], actor_id: opts.adminId } })
  const changes: any[] = await (container.resolve(METAL_PRICES_MODULE) as any).listPriceChanges({ run_id: run.id, status: "proposed" }, { take: null })
  if (changes.length) await applyRepriceWorkflow(container).run({ input: { run_id: run.id, change_ids: changes.map((c) => c.id), actor_id: opts.adminId } })
  return { rule_id: (rule as any).id as string, rates: rates.length }
}
