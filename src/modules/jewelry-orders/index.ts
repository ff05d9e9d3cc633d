import { Module } from "@medusajs/framework/utils"
import { makeQueryable } from "../../utils/queryable"
import JewelryOrdersModuleService from "./service"

/**
 * The workshop's side of Medusa's orders. The key was `jewelryOrderOps`
 * until the domain took one name in every layer; changing it orphans
 * nothing: the tables keep their names (`jewelry_order_state`, …), Medusa
 * records applied migrations by their class name, not by module, and both
 * links to Medusa's order module (src/links) are read-only over the plugin's
 * own id columns, so no link table carries the key.
 */
export const JEWELRY_ORDERS_MODULE = "jewelryOrders"

makeQueryable(JewelryOrdersModuleService, JEWELRY_ORDERS_MODULE)

export default Module(JEWELRY_ORDERS_MODULE, { service: JewelryOrdersModuleService })

export { JewelryOrdersModuleService }
