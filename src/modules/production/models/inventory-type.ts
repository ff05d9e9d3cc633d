import { model } from "@medusajs/framework/utils"
import { INVENTORY_KINDS } from "../../../lib/industry-defaults"

/**
 * Inventory types of the store's industry: rough, in-process, and the
 * subtypes of finished goods and of materials & supplies.
 */
export const InventoryType = model
  .define("production_inventory_type", {
    id: model.id({ prefix: "prinvt" }).primaryKey(),
    kind: model.enum(INVENTORY_KINDS as unknown as string[]),
    name: model.text().searchable(),
    code: model.text(),
    rank: model.number().default(0),
  })
  .indexes([
    { name: "IDX_production_inventory_type_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["kind"] },
  ])
