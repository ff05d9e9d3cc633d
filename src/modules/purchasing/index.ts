import { Module } from "@medusajs/framework/utils"
import { makeQueryable } from "../../utils/queryable"
import PurchasingModuleService from "./service"

export const PURCHASING_MODULE = "jewelryPurchasing"

makeQueryable(PurchasingModuleService, PURCHASING_MODULE)

export default Module(PURCHASING_MODULE, { service: PurchasingModuleService })

export { PurchasingModuleService }
