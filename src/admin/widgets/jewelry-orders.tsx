import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { WorkshopPanel } from "../components/jewelry-orders/workshop-panel"

/** The Workshop panel on Medusa's order page: the jeweler's side of the order (components/jewelry-orders/workshop-panel). */
const OrderJewelryWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => <WorkshopPanel orderId={order.id} />

// The id is what the store's default layout places first (src/lib/admin-layout.ts, src/migration-scripts/jewelry-orders-workshop-first.ts).
export const config = defineWidgetConfig({ zone: "order.details.before", id: "jewelry-production:order-workshop" })

export default OrderJewelryWidget
