import { model } from "@medusajs/framework/utils"
import { METALS } from "../../../lib/purity"

export const MELT_LOT_STATUSES = ["open", "melting", "melted", "cancelled"] as const

/**
 * A melt lot (SPEC 4c): stock items (scrap, old gold, fine metal and alloy)
 * taken out of stock and melted into a new item of a chosen purity. Fine
 * metal is conserved: fine out + melting loss = fine in.
 */
export const MeltLot = model
  .define("jewelry_melt_lot", {
    id: model.id({ prefix: "jml" }).primaryKey(),
    number: model.autoincrement(),
    status: model.enum(MELT_LOT_STATUSES as unknown as string[]).default("open"),
    metal: model.enum(METALS as unknown as string[]),
    fineness: model.bigNumber(),
    product_id: model.text(),
    location_id: model.text(),
    fine_in_grams: model.bigNumber().default(0),
    alloy_in_grams: model.bigNumber().default(0),
    fine_out_grams: model.bigNumber().nullable(),
    gross_out_grams: model.bigNumber().nullable(),
    loss_fine_grams: model.bigNumber().nullable(),
    loss_pct: model.bigNumber().nullable(),
    output_item_id: model.text().nullable(),
    melted_at: model.dateTime().nullable(),
    notes: model.text().nullable(),
    created_by: model.text().nullable(),
    inputs: model.hasMany(() => MeltInput, { mappedBy: "lot" }),
  })
  .indexes([{ on: ["status"] }])

export const MeltInput = model.define("jewelry_melt_input", {
  id: model.id({ prefix: "jmi" }).primaryKey(),
  lot: model.belongsTo(() => MeltLot, { mappedBy: "inputs" }),
  stock_item_id: model.text(),
  tag_id: model.text(),
  metal: model.text().nullable(),
  fineness: model.bigNumber().nullable(),
  grams: model.bigNumber(),
  fine_grams: model.bigNumber().default(0),
  /** What the item had cost, pro rata: the new item's cost basis adds these up. */
  cost: model.bigNumber().nullable(),
  movement_id: model.text().nullable(),
})
