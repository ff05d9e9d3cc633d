import { Badge, Button, Heading, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useReleaseOrder } from "../../hooks/api/jewelry-orders"
import type { DrawerName } from "./workshop-panel"
import { openLines, statusColor, type JewelryOrderView } from "./types"

/** The order's fulfillment and payment status, the hold reason, and a chip per line status. */
function StatusChips({ view }: { view: JewelryOrderView }) {
  const { t } = useTranslation()
  const { order } = view
  return (
    <>
      <div className="flex flex-wrap items-center gap-2" data-testid="order-statuses">
        <Badge size="small" color={statusColor(order.fulfillment_status)} data-testid="fulfillment-status">
          {order.fulfillment_status_label}
        </Badge>
        {order.payment_status && (
          <Badge size="small" color="grey" data-testid="payment-status">
            {t("jewelry.orders.paymentStatus", { status: t(`jewelry.orders.payment.${order.payment_status}`, { defaultValue: order.payment_status }) })}
          </Badge>
        )}
        {order.on_hold && (
          <Text size="small" className="text-ui-fg-error" data-testid="hold-reason">
            {t("jewelry.orders.holdReason", { reason: order.hold_reason })}
          </Text>
        )}
      </div>
      <div className="flex flex-wrap gap-2" data-testid="line-chips">
        {view.chips.map((c) => (
          <Badge key={c.status} size="2xsmall" color={statusColor(c.status)} data-testid={`chip-${c.status}`}>
            {t("jewelry.orders.labelCount", { label: c.label, count: c.count })}
          </Badge>
        ))}
      </div>
    </>
  )
}

/** The order's actions: on the ticked lines (or all open ones), and hold / release. */
function OrderActions({ view, checked, onOpen, onCancelChecked }: PanelHeaderProps) {
  const { t } = useTranslation()
  const release = useReleaseOrder(view.order.id)
  const open = openLines(view.lines)
  const onRelease = () =>
    release.mutate(undefined, {
      onSuccess: () => toast.success(t("jewelry.orders.toast.released")),
      onError: (e) => toast.error(e.message),
    })
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="small" variant="secondary" disabled={!open.length} onClick={() => onOpen("select")} data-testid="open-select-inventory">
        {t("jewelry.orders.selectInventory")}
      </Button>
      <Button size="small" variant="secondary" disabled={!open.length || view.order.on_hold} onClick={() => onOpen("ship")} data-testid="open-manage-shipment">
        {t("jewelry.orders.manageShipment")}
      </Button>
      <Button size="small" variant="danger" disabled={!checked.length} onClick={onCancelChecked} data-testid="cancel-lines">
        {checked.length ? t("jewelry.orders.cancelLinesCount", { count: checked.length }) : t("jewelry.orders.cancelLines")}
      </Button>
      {view.order.on_hold ? (
        <Button size="small" variant="secondary" onClick={onRelease} isLoading={release.isPending} data-testid="release-order">
          {t("jewelry.orders.release")}
        </Button>
      ) : (
        <Button size="small" variant="secondary" onClick={() => onOpen("hold")} data-testid="hold-order">
          {t("jewelry.orders.putOnHold")}
        </Button>
      )}
    </div>
  )
}

type PanelHeaderProps = { view: JewelryOrderView; checked: string[]; onOpen: (d: DrawerName) => void; onCancelChecked: () => void }

/** The Workshop heading with the order's statuses, and its actions unless Medusa cancelled the order. */
export function PanelHeader(props: PanelHeaderProps) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
      <div className="flex flex-col gap-y-2">
        <Heading level="h2">{t("jewelry.orders.workshop")}</Heading>
        <StatusChips view={props.view} />
      </div>
      {props.view.order.status !== "canceled" && <OrderActions {...props} />}
    </div>
  )
}
