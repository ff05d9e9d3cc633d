import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Checkbox, Container, Heading, Select, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { ProductionProgress } from "../components/jobs/progress"
import { HoldDrawer, SelectInventoryDrawer, ShipmentDrawer } from "../components/jewelry-orders/drawers"
import { JewelryOrderView, lineName, openLines, statusColor, TRACKING_LABELS } from "../components/jewelry-orders/types"
import { useApi } from "../hooks/use-api"
import { api } from "../lib/api"

const PAYMENT_LABELS: Record<string, string> = {
  not_paid: "Not paid",
  awaiting: "Awaiting",
  authorized: "Authorized",
  partially_authorized: "Partially authorized",
  captured: "Captured",
  partially_captured: "Partially captured",
  partially_refunded: "Partially refunded",
  refunded: "Refunded",
  canceled: "Canceled",
  requires_action: "Requires action",
}

/**
 * The jeweler's side of a Medusa order, on Medusa's order page: line-status
 * chips, fulfillment and payment status, the line table with production and
 * shipping, linked jobs, shipments and selected stock, the production
 * summary, and the actions (Select Inventory, Manage Shipment, Cancel lines,
 * Hold / Release).
 */
const OrderJewelryWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, error, reload } = useApi<JewelryOrderView>(`/admin/jewelry-orders/${order.id}`)
  const [view, setView] = useState<JewelryOrderView | null>(null)
  const [checked, setChecked] = useState<string[]>([])
  const [drawer, setDrawer] = useState<null | "select" | "ship" | "hold">(null)
  const prompt = usePrompt()
  const queryClient = useQueryClient()
  useEffect(() => {
    if (data) setView(data)
  }, [data])
  if (error) return <Container><Text className="text-ui-fg-error">Jewelry order operations: {error.message}</Text></Container>
  if (!view) return <Container><Text className="text-ui-fg-subtle">Loading the workshop's view of this order…</Text></Container>
  const done = (v: JewelryOrderView) => {
    setView(v)
    setDrawer(null)
    setChecked([])
    // Medusa's own cards on this page (fulfillments, items) read the order again.
    queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === "orders" })
  }
  const cancelLines = async () => {
    const lines = view.lines.filter((l) => checked.includes(l.id))
    const ok = await prompt({
      title: `Cancel ${lines.length} line${lines.length === 1 ? "" : "s"}?`,
      description: `${lines.map(lineName).join(", ")} will be cancelled and the stock selected for them goes back to inventory. This cannot be undone.`,
      confirmText: "Cancel lines",
      cancelText: "Keep them",
    })
    if (!ok) return
    try {
      done(await api<JewelryOrderView>(`/admin/jewelry-orders/${order.id}/cancel-lines`, { body: { line_item_ids: checked, confirm: true } }))
      toast.success("Lines cancelled; their stock is back")
    } catch (e: any) {
      toast.error(e.message)
    }
  }
  const release = async () => {
    try {
      done(await api<JewelryOrderView>(`/admin/jewelry-orders/${order.id}/release`, { method: "POST" }))
      toast.success("Order released")
    } catch (e: any) {
      toast.error(e.message)
    }
  }
  const track = async (shipmentId: string, status: string) => {
    try {
      const v = await api<JewelryOrderView>(`/admin/jewelry-orders/${order.id}/shipments/${shipmentId}/tracking`, { body: { status } })
      setView(v)
      queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === "orders" })
      toast.success(`Tracking: ${TRACKING_LABELS[status]}`)
    } catch (e: any) {
      toast.error(e.message)
    }
  }
  const toggle = (id: string, on: boolean) => setChecked((c) => (on ? [...new Set([...c, id])] : c.filter((x) => x !== id)))
  const open = openLines(view.lines)
  const m = view.metrics
  const cancelled = view.order.status === "canceled"
  return (
    <Container className="divide-y p-0" data-testid="jewelry-order-widget">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-2">
          <Heading level="h2">Workshop</Heading>
          <div className="flex flex-wrap items-center gap-2" data-testid="order-statuses">
            <Badge size="small" color={statusColor(view.order.fulfillment_status)} data-testid="fulfillment-status">
              {view.order.fulfillment_status_label}
            </Badge>
            {view.order.payment_status && (
              <Badge size="small" color="grey" data-testid="payment-status">
                Payment: {PAYMENT_LABELS[view.order.payment_status] ?? view.order.payment_status}
              </Badge>
            )}
            {view.order.on_hold && (
              <Text size="small" className="text-ui-fg-error" data-testid="hold-reason">
                On hold: {view.order.hold_reason}
              </Text>
            )}
          </div>
          <div className="flex flex-wrap gap-2" data-testid="line-chips">
            {view.chips.map((c) => (
              <Badge key={c.status} size="2xsmall" color={statusColor(c.status)} data-testid={`chip-${c.status}`}>
                {c.label} · {c.count}
              </Badge>
            ))}
          </div>
        </div>
        {!cancelled && (
          <div className="flex flex-wrap gap-2">
            <Button size="small" variant="secondary" disabled={!open.length} onClick={() => setDrawer("select")} data-testid="open-select-inventory">
              Select inventory
            </Button>
            <Button size="small" variant="secondary" disabled={!open.length || view.order.on_hold} onClick={() => setDrawer("ship")} data-testid="open-manage-shipment">
              Manage shipment
            </Button>
            <Button size="small" variant="danger" disabled={!checked.length} onClick={cancelLines} data-testid="cancel-lines">
              Cancel lines{checked.length ? ` (${checked.length})` : ""}
            </Button>
            {view.order.on_hold ? (
              <Button size="small" variant="secondary" onClick={release} data-testid="release-order">
                Release
              </Button>
            ) : (
              <Button size="small" variant="secondary" onClick={() => setDrawer("hold")} data-testid="hold-order">
                Put on hold
              </Button>
            )}
          </div>
        )}
      </div>

      <div className="overflow-x-auto">
        <Table data-testid="jewelry-lines">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="w-8" />
              <Table.HeaderCell>Item</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Production</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Ordered</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Fulfilled</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Shipped</Table.HeaderCell>
              <Table.HeaderCell>Shipment</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {view.lines.map((l) => (
              <Table.Row key={l.id} data-testid={`line-${l.id}`}>
                <Table.Cell>
                  <Checkbox aria-label={`Choose ${lineName(l)}`} disabled={l.status === "cancelled"} checked={checked.includes(l.id)} onCheckedChange={(v) => toggle(l.id, v === true)} />
                </Table.Cell>
                <Table.Cell>
                  <Text size="small" weight="plus">{lineName(l)}</Text>
                  {l.selected.count > 0 && <Text size="xsmall" className="text-ui-fg-subtle">{l.selected.pieces} pcs of stock selected</Text>}
                  {l.cancel_reason && <Text size="xsmall" className="text-ui-fg-subtle">{l.cancel_reason}</Text>}
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={statusColor(l.status)} data-testid="line-status">{l.status_label}</Badge>
                </Table.Cell>
                <Table.Cell>
                  {l.production ? (
                    <div className="min-w-[120px]">
                      <div className="h-1.5 w-full overflow-hidden rounded-full bg-ui-bg-component">
                        <div className="h-full bg-ui-tag-blue-icon" style={{ width: `${l.production.percent_done}%` }} />
                      </div>
                      <Text size="xsmall" className="text-ui-fg-subtle">{l.production.percent_done}%{l.production.current_stage ? ` · ${l.production.current_stage}` : ""}</Text>
                    </div>
                  ) : (
                    <Text size="xsmall" className="text-ui-fg-muted">—</Text>
                  )}
                </Table.Cell>
                <Table.Cell className="text-right">{l.quantity}</Table.Cell>
                <Table.Cell className="text-right" data-testid="line-fulfilled">{l.fulfilled_quantity}</Table.Cell>
                <Table.Cell className="text-right" data-testid="line-shipped">{l.shipped_quantity}</Table.Cell>
                <Table.Cell>{l.shipment_status ? <Badge size="2xsmall" color={statusColor(l.shipment_status)}>{TRACKING_LABELS[l.shipment_status]}</Badge> : "—"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>

      {view.jobs.length > 0 && (
        <div className="px-6 py-4" data-testid="order-jobs">
          <Heading level="h3" className="mb-2">Production jobs</Heading>
          {view.jobs.map((j) => (
            <div key={j.id} className="flex items-center justify-between py-1">
              <Link to={`/production-jobs/${j.id}`} className="text-ui-fg-interactive txt-small">
                {j.display_number} · {j.title}
              </Link>
              <Text size="small" className="text-ui-fg-subtle">
                {j.status === "closed" ? "Finished" : `${j.current_stage ?? j.status} · ${j.percent_done}%`} · due {new Date(j.target_date).toLocaleDateString()}
              </Text>
            </div>
          ))}
        </div>
      )}

      {view.shipments.length > 0 && (
        <div className="px-6 py-4" data-testid="order-shipments">
          <Heading level="h3" className="mb-2">Shipments</Heading>
          {view.shipments.map((s) => (
            <div key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-1" data-testid={`shipment-${s.tracking_number}`}>
              <div>
                <Text size="small" weight="plus">
                  {s.carrier} · {s.tracking_url ? <a href={s.tracking_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">{s.tracking_number}</a> : s.tracking_number}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {s.items.map((i) => `${i.quantity} × ${lineName(view.lines.find((l) => l.id === i.line_item_id) ?? ({ title: "line" } as any))}`).join(", ")} · {s.events.map((e) => TRACKING_LABELS[e.status]).join(" → ")}
                </Text>
              </div>
              <Select value={s.status} onValueChange={(v) => track(s.id, v)} disabled={s.status === "delivered" || s.status === "cancelled"}>
                <Select.Trigger className="w-44" data-testid={`tracking-${s.tracking_number}`}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {Object.entries(TRACKING_LABELS).map(([k, label]) => (
                    <Select.Item key={k} value={k}>{label}</Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          ))}
        </div>
      )}

      {view.selections.length > 0 && (
        <div className="px-6 py-4" data-testid="order-selections">
          <Heading level="h3" className="mb-2">Selected inventory</Heading>
          {view.selections.map((s) => (
            <div key={s.id} className="flex items-center justify-between py-1">
              <Link to={`/stock/${s.stock_item_id}`} className="font-mono text-ui-fg-interactive txt-small">{s.tag_id}</Link>
              <Text size="small" className="text-ui-fg-subtle">
                {lineName(view.lines.find((l) => l.id === s.line_item_id) ?? ({ title: "line" } as any))} · {s.pieces} pcs · {s.weight} {s.weight_unit} · {s.status}
              </Text>
            </div>
          ))}
        </div>
      )}

      {m.jobs > 0 && (
        <div className="px-6 py-4" data-testid="order-production-summary">
          <Heading level="h3" className="mb-2">Production summary</Heading>
          <ProductionProgress metrics={{ ...m, pending: m.buckets.pending }} weights={m.buckets} unit={m.unit} />
        </div>
      )}

      <SelectInventoryDrawer view={view} lineIds={checked} open={drawer === "select"} onClose={() => setDrawer(null)} onDone={(v) => { done(v); reload() }} />
      <ShipmentDrawer view={view} lineIds={checked} open={drawer === "ship"} onClose={() => setDrawer(null)} onDone={(v) => { done(v); reload() }} />
      <HoldDrawer view={view} open={drawer === "hold"} onClose={() => setDrawer(null)} onDone={done} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.before" })

export default OrderJewelryWidget
