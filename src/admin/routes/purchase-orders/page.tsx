import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { PO_STATUS_COLORS, PO_STATUS_LABELS, PO_STATUSES, type PurchaseOrderStatus } from "../../../types/purchasing"
import { usePurchaseOrders } from "../../hooks/api/purchase-orders"
import { dateOnly, money } from "../../lib/format"

/** Purchase orders to suppliers and casters, by status. */
const PurchaseOrdersPage = () => {
  const [status, setStatus] = useState<PurchaseOrderStatus | "">("")
  const navigate = useNavigate()
  const { data } = usePurchaseOrders({ status, limit: 200 })
  return (
    <Container className="divide-y p-0" data-testid="purchase-orders-page">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading>Purchase orders</Heading>
          <Text size="small" className="text-ui-fg-subtle">What the workshop buys: metal, stones, findings, and pieces cast by outside casters.</Text>
        </div>
        <div className="flex gap-2">
          <Button size="small" variant="secondary" onClick={() => navigate("/suppliers")} data-testid="open-suppliers">Suppliers</Button>
          <Button size="small" variant="secondary" onClick={() => navigate("/purchase-orders/new?kind=sales")} data-testid="new-sales-order">New sales order</Button>
          <Button size="small" onClick={() => navigate("/purchase-orders/new?kind=purchase")} data-testid="new-purchase-order">New purchase order</Button>
        </div>
      </div>
      <div className="flex flex-wrap gap-2 px-6 py-3">
        {([["", "All"], ...PO_STATUSES.map((k) => [k, PO_STATUS_LABELS[k]])] as [PurchaseOrderStatus | "", string][]).map(([k, l]) => (
          <Button key={k} size="small" className="rounded-full" variant={status === k ? "primary" : "secondary"} onClick={() => setStatus(k)} data-testid={`po-filter-${k || "all"}`}>
            {l}
          </Button>
        ))}
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Number</Table.HeaderCell>
            <Table.HeaderCell>Supplier</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Lines</Table.HeaderCell>
            <Table.HeaderCell>Required</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Estimated</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.purchase_orders ?? []).map((po) => (
            <Table.Row key={po.id} data-testid="po-row" data-number={po.display_number}>
              <Table.Cell><Link to={`/purchase-orders/${po.id}`} className="text-ui-fg-interactive">{po.display_number}</Link></Table.Cell>
              <Table.Cell>{po.supplier?.name}</Table.Cell>
              <Table.Cell><Badge size="2xsmall" color={PO_STATUS_COLORS[po.status]}>{PO_STATUS_LABELS[po.status]}</Badge></Table.Cell>
              <Table.Cell>{po.lines.length}</Table.Cell>
              <Table.Cell>{dateOnly(po.date_required)}</Table.Cell>
              <Table.Cell className="text-right">{money(po.estimated_total)} {po.currency_code.toUpperCase()}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data && !data.purchase_orders.length && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">No purchase orders{status ? " with this status" : ""} yet.</Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Purchase Orders", icon: ShoppingCart })

export default PurchaseOrdersPage
