import { model } from "@medusajs/framework/utils"
import { METALS } from "../../../lib/purity"
import { RATE_UNITS } from "../../../lib/metal-prices"

export const RATE_SOURCES = ["manual", "provider"] as const

/**
 * A metal's rate on a day, in one currency, as entered (per fine gram or
 * per troy ounce) and per fine gram. Append-only history: the day's rate
 * is the latest entry of the latest day.
 */
export const MetalRate = model
  .define("jewelry_metal_rate", {
    id: model.id({ prefix: "jmr" }).primaryKey(),
    metal: model.enum(METALS as unknown as string[]),
    currency_code: model.text(),
    rate: model.bigNumber(),
    rate_unit: model.enum(RATE_UNITS as unknown as string[]),
    rate_per_gram: model.bigNumber(),
    /** The day the rate is for (00:00 UTC). */
    rate_date: model.dateTime(),
    source: model.enum(RATE_SOURCES as unknown as string[]).default("manual"),
    created_by: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["metal", "currency_code", "rate_date"] }, { on: ["source", "created_at"] }])

