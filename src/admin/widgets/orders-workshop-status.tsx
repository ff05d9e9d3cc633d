import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { statusColor } from "../components/jewelry-orders/types"
import { useApi } from "../hooks/use-api"

const ORDER: [string, string][] = [
  ["ready_to_ship", "Ready to Ship"],
  ["in_production", "In Production"],
  ["not_started", "Not Started"],
  ["on_hold", "On Hold"],
  ["partially_shipped", "Partially Shipped"],
  ["shipped", "Shipped"],
  ["completed", "Completed"],
  ["partially_returned", "Partially Returned"],
  ["all_returned", "All Returned"],
  ["cancelled", "Cancelled"],
]

type ListResponse = {
  orders: { order_id: string; display_id: number | null; email: string | null; fulfillment_status: string; fulfillment_status_label: string; line_counts: Record<string, number> }[]
  status_counts: Record<string, number>
}

/** Above Medusa's order list: how many orders are in each workshop status, and the orders of the one chosen. */
const OrdersWorkshopStatus = () => {
  const [status, setStatus] = useState<string | null>(null)
  const { data } = useApi<ListResponse>("/admin/jewelry-orders", status ? { fulfillment_status: status, limit: 20 } : { limit: 1 })
  const counts = data?.status_counts ?? {}
  const shown = ORDER.filter(([k]) => counts[k])
  if (!data) return null
  return (
    <Container className="p-0" data-testid="orders-workshop-status">
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Heading level="h2" className="mr-2">Workshop</Heading>
        {!shown.length && <Text size="small" className="text-ui-fg-subtle">No orders yet.</Text>}
        {shown.map(([k, label]) => (
          <Button key={k} size="small" variant={status === k ? "primary" : "secondary"} className="rounded-full" onClick={() => setStatus(status === k ? null : k)} data-testid={`workshop-count-${k}`}>
            {label} · {counts[k]}
          </Button>
        ))}
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
                <Table.Cell className="text-ui-fg-subtle">
                  {Object.entries(o.line_counts).map(([k, n]) => `${n} ${k.replace(/_/g, " ")}`).join(" · ")}
                </Table.Cell>
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
