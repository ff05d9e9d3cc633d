import { Module } from "@medusajs/framework/utils"
import { makeQueryable } from "../../utils/queryable"
import MetalPricesModuleService from "./service"

export const METAL_PRICES_MODULE = "jewelryMetalPrices"

makeQueryable(MetalPricesModuleService, METAL_PRICES_MODULE)

export default Module(METAL_PRICES_MODULE, {
  service: MetalPricesModuleService,
})

export { MetalPricesModuleService }
