import { Module } from "@medusajs/framework/utils"
import { makeQueryable } from "../../utils/queryable"
import StockModuleService from "./service"

export const STOCK_MODULE = "jewelryStock"

makeQueryable(StockModuleService, STOCK_MODULE)

export default Module(STOCK_MODULE, {
  service: StockModuleService,
})

export { StockModuleService }
