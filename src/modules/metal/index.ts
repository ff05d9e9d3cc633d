import { Module } from "@medusajs/framework/utils"
import MetalModuleService from "./service"

export const METAL_MODULE = "jewelryMetal"

export default Module(METAL_MODULE, {
  service: MetalModuleService,
})

export { MetalModuleService }
