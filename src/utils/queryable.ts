import { camelToSnakeCase, defineJoinerConfig, MedusaServiceModelObjectsSymbol, pluralize, upperCaseFirst } from "@medusajs/framework/utils"

/**
 * Medusa's Query reaches a module's records through list methods named after
 * the models' entity names (`jewelry_stock_item` → `listJewelryStockItems`).
 * The plugin's services name them after their short keys (`listStockItems`)
 * and keep prefixed, collision-safe entity names, so each entity's real
 * methods are told to Query here. Call before `Module(...)`.
 */
export function makeQueryable(service: any, serviceName: string) {
  const models: Record<string, any> = service[MedusaServiceModelObjectsSymbol] ?? {}
  const alias = Object.entries(models).map(([key, model]) => {
    const snake = camelToSnakeCase(model.name).toLowerCase()
    return { name: [snake, pluralize(snake)], entity: upperCaseFirst(model.name), args: { methodSuffix: pluralize(key) } }
  })
  let config: any
  service.prototype.__joinerConfig = () => (config ??= defineJoinerConfig(serviceName, { models: Object.values(models), alias }))
}
