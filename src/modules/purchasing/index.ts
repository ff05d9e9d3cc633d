import { Module } from "@medusajs/framework/utils"
import PurchasingModuleService from "./service"

export const PURCHASING_MODULE = "jewelryPurchasing"

export default Module(PURCHASING_MODULE, { service: PurchasingModuleService })

export { PurchasingModuleService }
