import { Module } from "@medusajs/framework/utils"
import { makeQueryable } from "../../utils/queryable"
import MetalModuleService from "./service"

export const METAL_MODULE = "jewelryMetal"

makeQueryable(MetalModuleService, METAL_MODULE)

export default Module(METAL_MODULE, {
  service: MetalModuleService,
})

export { MetalModuleService }
