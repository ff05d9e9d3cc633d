import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { FULFILLMENT_STATUS_LABELS, type FulfillmentStatus } from "../../lib/order-status"
import { lineCountsText, statusColor } from "../components/jewelry-orders/types"
import { useJewelryOrders } from "../hooks/api/jewelry-orders"

/** The statuses in the order a jeweler works through them: what can ship first. */
const SHOWN: FulfillmentStatus[] = ["ready_to_ship", "in_production", "not_started", "on_hold", "partially_shipped", "shipped", "completed", "partially_returned", "all_returned", "cancelled"]
const PREVIEW = 20

/** Above Medusa's order list: how many orders are in each workshop status, and the latest orders of the one chosen. */
const OrdersWorkshopStatus = () => {
  const { t } = useTranslation()
  const [status, setStatus] = useState<FulfillmentStatus | null>(null)
  const { data } = useJewelryOrders(status ? { fulfillment_status: status, limit: PREVIEW } : { limit: 1 })
  if (!data) return null
  const counts = data.status_counts
  const shown = SHOWN.filter((k) => counts[k])
  return (
    <Container className="p-0" data-testid="orders-workshop-status">
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Heading level="h2" className="mr-2">{t("jewelry.orders.workshop")}</Heading>
        {!shown.length && <Text size="small" className="text-ui-fg-subtle">{t("jewelry.orders.empty")}</Text>}
        {shown.map((k) => (
          <Button key={k} size="small" variant={status === k ? "primary" : "secondary"} className="rounded-full" onClick={() => setStatus(status === k ? null : k)} data-testid={`workshop-count-${k}`}>
            {t("jewelry.orders.labelCount", { label: FULFILLMENT_STATUS_LABELS[k], count: counts[k] })}
          </Button>
        ))}
        <Link to={status ? `/jewelry-orders?fulfillment_status=${status}` : "/jewelry-orders"} className="txt-small ml-auto text-ui-fg-interactive" data-testid="workshop-open-sales-orders">
          {t("jewelry.orders.openSalesOrders")}
        </Link>
      </div>
      {status && (
        <Table data-testid="workshop-orders">
          <Table.Body>
            {data.orders.map((o) => (
              <Table.Row key={o.order_id}>
                <Table.Cell>
                  <Link to={`/orders/${o.order_id}`} className="text-ui-fg-interactive">#{o.display_id}</Link>
                </Table.Cell>
                <Table.Cell>{o.email}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={statusColor(o.fulfillment_status)}>{o.fulfillment_status_label}</Badge>
                </Table.Cell>
                <Table.Cell className="text-ui-fg-subtle">{lineCountsText(o.line_counts)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default OrdersWorkshopStatus
