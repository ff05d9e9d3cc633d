import { Module } from "@medusajs/framework/utils"
import { makeQueryable } from "../../utils/queryable"
import OrderOpsModuleService from "./service"

export const ORDER_OPS_MODULE = "jewelryOrderOps"

makeQueryable(OrderOpsModuleService, ORDER_OPS_MODULE)

export default Module(ORDER_OPS_MODULE, { service: OrderOpsModuleService })

export { OrderOpsModuleService }
