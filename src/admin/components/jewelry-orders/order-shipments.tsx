import { Select, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { TRACKING_STATUSES } from "../../../lib/order-status"
import type { OrderShipment } from "../../../types/jewelry-orders"
import { useUpdateTracking } from "../../hooks/api/jewelry-orders"
import { PanelSection } from "./order-sections"
import { lineNameById, trackingLabel, type JewelryOrderView } from "./types"

/** One parcel: carrier and tracking number (linked), what it holds, its tracking so far, and its status to set. */
function ShipmentRow({ view, shipment: s, onTrack }: { view: JewelryOrderView; shipment: OrderShipment; onTrack: (status: string) => void }) {
  const { t } = useTranslation()
  const items = s.items.map((i) => `${i.quantity} × ${lineNameById(view.lines, i.line_item_id)}`).join(", ")
  const events = s.events.map((e) => trackingLabel(t, e.status)).join(" → ")
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 py-1" data-testid={`shipment-${s.tracking_number}`}>
      <div>
        <Text size="small" weight="plus">
          {s.carrier} · {s.tracking_url ? <a href={s.tracking_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">{s.tracking_number}</a> : s.tracking_number}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">{items} · {events}</Text>
      </div>
      <Select value={s.status} onValueChange={onTrack} disabled={s.status === "delivered" || s.status === "cancelled"}>
        <Select.Trigger className="w-44" data-testid={`tracking-${s.tracking_number}`}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {TRACKING_STATUSES.map((k) => (
            <Select.Item key={k} value={k}>{trackingLabel(t, k)}</Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

/** The order's shipments; setting a parcel's tracking status by hand (the carrier's webhook does it otherwise). */
export function OrderShipments({ view }: { view: JewelryOrderView }) {
  const { t } = useTranslation()
  const track = useUpdateTracking(view.order.id)
  if (!view.shipments.length) return null
  const onTrack = (shipment_id: string, status: string) =>
    track.mutate(
      { shipment_id, status: status as OrderShipment["status"] },
      {
        onSuccess: () => toast.success(t("jewelry.orders.toast.tracking", { status: trackingLabel(t, status) })),
        onError: (e) => toast.error(e.message),
      }
    )
  return (
    <PanelSection title={t("jewelry.orders.shipments")} testId="order-shipments">
      {view.shipments.map((s) => (
        <ShipmentRow key={s.id} view={view} shipment={s} onTrack={(status) => onTrack(s.id, status)} />
      ))}
    </PanelSection>
  )
}
