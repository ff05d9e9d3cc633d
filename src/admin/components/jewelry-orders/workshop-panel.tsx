import { Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useJewelryOrder } from "../../hooks/api/jewelry-orders"
import { HoldDrawer } from "./hold-drawer"
import { LineTable } from "./line-table"
import { OrderJobs, OrderSelections, ProductionSummary } from "./order-sections"
import { OrderShipments } from "./order-shipments"
import { PanelHeader } from "./panel-header"
import { SelectInventoryDrawer } from "./select-inventory-drawer"
import { ShipmentDrawer } from "./shipment-drawer"
import { useCancelLinesPrompt } from "./use-cancel-lines"

export type DrawerName = "select" | "ship" | "hold"

/**
 * The jeweler's side of a Medusa order, on Medusa's order page: line-status
 * chips, fulfillment and payment status, the line table with production and
 * shipping, linked jobs, shipments and selected stock, the production
 * summary, and the actions (Select Inventory, Manage Shipment, Cancel lines,
 * Hold / Release).
 */
export function WorkshopPanel({ orderId }: { orderId: string }) {
  const { t } = useTranslation()
  const { data: view, error } = useJewelryOrder(orderId)
  const [checked, setChecked] = useState<string[]>([])
  const [drawer, setDrawer] = useState<DrawerName | null>(null)
  // The lines a drawer works on: those ticked, or the one whose row menu opened it.
  const [rowLine, setRowLine] = useState<string | null>(null)
  const cancelLines = useCancelLinesPrompt(orderId)
  if (error) return <Container><Text className="text-ui-fg-error">{t("jewelry.orders.loadError", { message: error.message })}</Text></Container>
  if (!view) return <Container><Text className="text-ui-fg-subtle">{t("jewelry.orders.loadingView")}</Text></Container>
  const open = (d: DrawerName, line: string | null = null) => {
    setRowLine(line)
    setDrawer(d)
  }
  const close = () => {
    setDrawer(null)
    setRowLine(null)
  }
  // After a drawer saved: the ticks were for it.
  const done = () => {
    close()
    setChecked([])
  }
  const cancel = async (ids: string[]) => {
    if (await cancelLines(view.lines.filter((l) => ids.includes(l.id)))) setChecked([])
  }
  const lineIds = rowLine ? [rowLine] : checked
  return (
    <Container className="divide-y p-0" data-testid="jewelry-order-widget">
      <PanelHeader view={view} checked={checked} onOpen={(d) => open(d)} onCancelChecked={() => cancel(checked)} />
      <LineTable
        view={view}
        checked={checked}
        onCheck={(id, on) => setChecked((c) => (on ? [...new Set([...c, id])] : c.filter((x) => x !== id)))}
        onAction={(action, lineId) => (action === "cancel" ? void cancel([lineId]) : open(action, lineId))}
      />
      <OrderJobs jobs={view.jobs} />
      <OrderShipments view={view} />
      <OrderSelections view={view} />
      <ProductionSummary metrics={view.metrics} />
      <SelectInventoryDrawer view={view} lineIds={lineIds} open={drawer === "select"} onClose={close} onDone={done} />
      <ShipmentDrawer view={view} lineIds={lineIds} open={drawer === "ship"} onClose={close} onDone={done} />
      <HoldDrawer orderId={orderId} open={drawer === "hold"} onClose={close} />
    </Container>
  )
}
