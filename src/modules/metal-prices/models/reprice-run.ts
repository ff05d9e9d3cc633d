import { model } from "@medusajs/framework/utils"

export const REPRICE_RUN_STATUSES = ["previewed", "applied", "superseded"] as const
export const PRICE_CHANGE_STATUSES = ["proposed", "unpriced", "unchanged", "applied", "not_accepted"] as const

/** A reprice: previewed once, applied once (the accepted lines), superseded by a newer preview of the same rules. */
export const RepriceRun = model
  .define("jewelry_reprice_run", {
    id: model.id({ prefix: "jrr" }).primaryKey(),
    status: model.enum(REPRICE_RUN_STATUSES as unknown as string[]).default("previewed"),
    source: model.enum(["manual", "scheduled"]).default("manual"),
    rule_ids: model.array().default([]),
    threshold_pct: model.bigNumber().nullable(),
    created_by: model.text().nullable(),
    applied_by: model.text().nullable(),
    applied_at: model.dateTime().nullable(),
    changes: model.hasMany(() => PriceChange, { mappedBy: "run" }),
  })
  .cascades({ delete: ["changes"] })
  .indexes([{ on: ["status"] }])

/** One variant's price in one currency in a reprice: old and new, the breakdown and the rates it came from. */
export const PriceChange = model
  .define("jewelry_price_change", {
    id: model.id({ prefix: "jpc" }).primaryKey(),
    run: model.belongsTo(() => RepriceRun, { mappedBy: "changes" }),
    rule_id: model.text(),
    product_id: model.text().nullable(),
    variant_id: model.text(),
    currency_code: model.text(),
    status: model.enum(PRICE_CHANGE_STATUSES as unknown as string[]),
    /** Medusa's price (id and amount) when previewed; none when the variant had no price in the currency. */
    price_id: model.text().nullable(),
    old_amount: model.bigNumber().nullable(),
    new_amount: model.bigNumber().nullable(),
    change_pct: model.bigNumber().nullable(),
    reason: model.text().nullable(),
    breakdown: model.json().nullable(),
    applied_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["variant_id", "currency_code", "status"] }])
