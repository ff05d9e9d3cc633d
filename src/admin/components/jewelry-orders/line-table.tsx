import { Badge, Checkbox, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { dash } from "../../lib/format"
import { LineActions, type LineAction } from "./line-actions"
import { lineName, statusColor, trackingLabel, type JewelryOrderView, type OrderLine } from "./types"

/** A line's production: the share of its jobs' stages done, and the stage it is at. */
function LineProduction({ production }: { production: OrderLine["production"] }) {
  if (!production) return <Text size="xsmall" className="text-ui-fg-muted">{dash}</Text>
  return (
    <div className="min-w-[120px]">
      <div className="h-1.5 w-full overflow-hidden rounded-full bg-ui-bg-component">
        <div className="h-full bg-ui-tag-blue-icon" style={{ width: `${production.percent_done}%` }} />
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {production.current_stage ? `${production.percent_done}% · ${production.current_stage}` : `${production.percent_done}%`}
      </Text>
    </div>
  )
}

type Props = {
  view: JewelryOrderView
  checked: string[]
  onCheck: (lineId: string, on: boolean) => void
  onAction: (action: LineAction, lineId: string) => void
}

/** The order's lines: a tick box, status, production, quantities, shipment and the row's action menu. */
export function LineTable({ view, checked, onCheck, onAction }: Props) {
  const { t } = useTranslation()
  const active = view.order.status !== "canceled"
  const heads: [string, string?][] = [
    [t("jewelry.orders.col.item")],
    [t("jewelry.orders.col.status")],
    [t("jewelry.orders.col.production")],
    [t("jewelry.orders.col.ordered"), "text-right"],
    [t("jewelry.orders.col.fulfilled"), "text-right"],
    [t("jewelry.orders.col.shipped"), "text-right"],
    [t("jewelry.orders.col.shipment")],
  ]
  return (
    <div className="overflow-x-auto">
      <Table data-testid="jewelry-lines">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="w-8" />
            {heads.map(([label, cls]) => (
              <Table.HeaderCell key={label} className={cls}>{label}</Table.HeaderCell>
            ))}
            {active && <Table.HeaderCell className="w-8" />}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {view.lines.map((l) => (
            <Table.Row key={l.id} data-testid={`line-${l.id}`}>
              <Table.Cell>
                <Checkbox aria-label={t("jewelry.orders.chooseLine", { line: lineName(l) })} disabled={l.status === "cancelled"} checked={checked.includes(l.id)} onCheckedChange={(v) => onCheck(l.id, v === true)} />
              </Table.Cell>
              <Table.Cell>
                <Text size="small" weight="plus">{lineName(l)}</Text>
                {l.selected.count > 0 && <Text size="xsmall" className="text-ui-fg-subtle">{t("jewelry.orders.stockSelected", { pcs: t("jewelry.orders.pcs", { count: l.selected.pieces }) })}</Text>}
                {l.cancel_reason && <Text size="xsmall" className="text-ui-fg-subtle">{l.cancel_reason}</Text>}
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={statusColor(l.status)} className="whitespace-nowrap" data-testid="line-status">{l.status_label}</Badge>
              </Table.Cell>
              <Table.Cell>
                <LineProduction production={l.production} />
              </Table.Cell>
              <Table.Cell className="text-right">{l.quantity}</Table.Cell>
              <Table.Cell className="text-right" data-testid="line-fulfilled">{l.fulfilled_quantity}</Table.Cell>
              <Table.Cell className="text-right" data-testid="line-shipped">{l.shipped_quantity}</Table.Cell>
              <Table.Cell>{l.shipment_status ? <Badge size="2xsmall" color={statusColor(l.shipment_status)} className="whitespace-nowrap">{trackingLabel(t, l.shipment_status)}</Badge> : dash}</Table.Cell>
              {active && (
                <Table.Cell>
                  <LineActions line={l} onHold={view.order.on_hold} onAction={onAction} />
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
