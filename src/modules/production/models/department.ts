import { model } from "@medusajs/framework/utils"

export const ProductionDepartment = model
  .define("production_department", {
    id: model.id({ prefix: "prdep" }).primaryKey(),
    name: model.text().searchable(),
    name_key: model.text(),
    code: model.text().nullable(),
    rank: model.number().default(0),
  })
  .indexes([
    { name: "IDX_production_department_name_key_unique", on: ["name_key"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_production_department_code_unique", on: ["code"], unique: true, where: "code IS NOT NULL AND deleted_at IS NULL" },
  ])
