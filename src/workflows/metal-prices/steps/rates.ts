import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { METAL_PRICES_MODULE } from "../../../modules/metal-prices"
import type MetalPricesModuleService from "../../../modules/metal-prices/service"
import { ratePerGram, RateUnit } from "../../../lib/metal-prices"
import { assertStoreCurrency, storeCurrencies } from "../pricing"

export type RateInput = { metal: string; currency_code: string; rate: string; rate_unit: RateUnit; rate_date?: string | Date | null; note?: string | null }
export type RecordRatesInput = { rates: RateInput[]; source?: "manual" | "provider"; actor_id?: string | null }

const dayOf = (d: string | Date | null | undefined) => {
  const x = d ? new Date(d) : new Date()
  return new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate()))
}

/** Appends rates (each also per fine gram); undone by removing exactly those. A rate for a day after today is refused. */
export const recordRatesStep = createStep(
  "record-metal-rates",
  async (input: RecordRatesInput, { container }) => {
    const currencies = await storeCurrencies(container)
    const tomorrow = dayOf(new Date(Date.now() + 86_400_000))
    const rows = input.rates.map((r, i) => {
      assertStoreCurrency(`rates[${i}].currency_code`, r.currency_code, currencies)
      const day = dayOf(r.rate_date)
      if (day >= tomorrow) throw new MedusaError(MedusaError.Types.INVALID_DATA, `rates[${i}].rate_date: a rate cannot be for a day after today`)
      return {
        metal: r.metal,
        currency_code: r.currency_code.toLowerCase(),
        rate: r.rate,
        rate_unit: r.rate_unit,
        rate_per_gram: ratePerGram(r.rate, r.rate_unit).toFixed(),
        rate_date: day,
        source: input.source ?? "manual",
        created_by: input.actor_id ?? null,
        note: r.note ?? null,
      }
    })
    const svc: MetalPricesModuleService = container.resolve(METAL_PRICES_MODULE)
    const created = (await svc.createMetalRates(rows as any)) as unknown as any[]
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await (container.resolve(METAL_PRICES_MODULE) as MetalPricesModuleService).deleteMetalRates(ids)
  }
)
