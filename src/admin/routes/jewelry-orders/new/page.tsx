import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { OrderWizard } from "../../../components/purchasing/order-wizard"

/** A sales order for a customer through the same wizard: it becomes a Medusa order. */
const NewSalesOrderPage = () => <OrderWizard kind="sales" />

export const config = defineRouteConfig({ label: "jewelry.purchasing.wizard.newSalesNav", translationNs: "translation", icon: DocumentText })

export default NewSalesOrderPage
