import { Module } from "@medusajs/framework/utils"
import StyleModuleService from "./service"

export const STYLE_MODULE = "jewelryStyle"

export default Module(STYLE_MODULE, { service: StyleModuleService })

export { StyleModuleService }
