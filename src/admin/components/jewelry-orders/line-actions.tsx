import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { OrderLine } from "../../../types/jewelry-orders"

export type LineAction = "select" | "ship" | "cancel"

/** A line's row action menu (seed 002): Select Inventory, Manage Shipment, Cancel — for this line alone. */
export function LineActions({ line, onHold, onAction }: { line: OrderLine; onHold: boolean; onAction: (action: LineAction, lineId: string) => void }) {
  const { t } = useTranslation()
  const closed = line.status === "cancelled" || line.fulfilled_quantity >= line.quantity
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={t("jewelry.orders.lineActions")} data-testid={`line-actions-${line.id}`}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        <DropdownMenu.Item disabled={closed} onClick={() => onAction("select", line.id)} data-testid="line-action-select">
          {t("jewelry.orders.selectInventory")}
        </DropdownMenu.Item>
        <DropdownMenu.Item disabled={closed || onHold} onClick={() => onAction("ship", line.id)} data-testid="line-action-ship">
          {t("jewelry.orders.manageShipment")}
        </DropdownMenu.Item>
        <DropdownMenu.Separator />
        <DropdownMenu.Item disabled={line.status === "cancelled"} onClick={() => onAction("cancel", line.id)} data-testid="line-action-cancel">
          {t("jewelry.orders.cancelLine")}
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}
