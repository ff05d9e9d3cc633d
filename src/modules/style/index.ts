import { Module } from "@medusajs/framework/utils"
import { makeQueryable } from "../../utils/queryable"
import StyleModuleService from "./service"

export const STYLE_MODULE = "jewelryStyle"

makeQueryable(StyleModuleService, STYLE_MODULE)

export default Module(STYLE_MODULE, { service: StyleModuleService })

export { StyleModuleService }
