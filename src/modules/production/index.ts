import { Module } from "@medusajs/framework/utils"
import { makeQueryable } from "../../utils/queryable"
import ProductionModuleService from "./service"
import checkPluginOptions from "./loaders/check-options"

export const PRODUCTION_MODULE = "production"

makeQueryable(ProductionModuleService, PRODUCTION_MODULE)

export default Module(PRODUCTION_MODULE, {
  service: ProductionModuleService,
  loaders: [checkPluginOptions],
})

export { ProductionModuleService }
