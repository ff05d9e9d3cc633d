import { Checkbox, Drawer, Heading, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useSelectInventory } from "../../hooks/api/jewelry-orders"
import { fieldErrors } from "../../lib/field-errors"
import { DrawerFooter } from "../drawer-footer"
import { StockPicker, type Pick, pickToApi } from "./stock-picker"
import { lineName, openLines, type JewelryOrderView, type OrderLine } from "./types"
import { useResetOnOpen } from "./use-reset-on-open"

export type OrderDrawerProps = { view: JewelryOrderView; lineIds: string[]; open: boolean; onClose: () => void; onDone: () => void }

type CardProps = { orderId: string; line: OrderLine; picks: Pick[]; exclude: string[]; ready: boolean; onPicks: (p: Pick[]) => void; onReady: (on: boolean) => void }

/** One line: what is ordered and selected already, the stock lookup, and "Mark this line item as Ready". */
function SelectCard({ orderId, line: l, picks, exclude, ready, onPicks, onReady }: CardProps) {
  const { t } = useTranslation()
  return (
    <div className="rounded-lg border p-4" data-testid={`select-card-${l.id}`}>
      <Heading level="h3">{lineName(l)}</Heading>
      <Text size="small" className="mb-3 text-ui-fg-subtle">
        {t("jewelry.orders.selectSummary", { ordered: l.quantity, shipped: l.fulfilled_quantity, pcs: t("jewelry.orders.pcs", { count: l.selected.pieces }) })}
      </Text>
      <StockPicker orderId={orderId} lineId={l.id} picks={picks} onChange={onPicks} exclude={exclude} />
      <div className="mt-3 flex items-center gap-x-2">
        <Checkbox id={`ready-${l.id}`} checked={ready} onCheckedChange={(v) => onReady(v === true)} />
        <Label htmlFor={`ready-${l.id}`}>{t("jewelry.orders.markReady")}</Label>
      </div>
    </div>
  )
}

/** Select Inventory: a card per chosen line with a stock lookup, exact quantities or Full, and "Mark this line item as Ready". */
export function SelectInventoryDrawer({ view, lineIds, open, onClose, onDone }: OrderDrawerProps) {
  const { t } = useTranslation()
  const select = useSelectInventory(view.order.id)
  const lines = openLines(view.lines).filter((l) => !lineIds.length || lineIds.includes(l.id))
  const [picks, setPicks] = useState<Record<string, Pick[]>>({})
  const [ready, setReady] = useState<Record<string, boolean>>({})
  const [missing, setMissing] = useState<string | null>(null)
  useResetOnOpen(open, () => {
    setPicks({})
    setReady({})
    setMissing(null)
    select.reset()
  })
  const taken = Object.values(picks).flat().map((p) => p.stock_item_id)
  const chosen = lines.filter((l) => picks[l.id]?.length || ready[l.id])
  const save = async () => {
    if (!chosen.length) return setMissing(t("jewelry.orders.nothingSelected"))
    setMissing(null)
    try {
      await select.mutateAsync({ lines: chosen.map((l) => ({ line_item_id: l.id, items: (picks[l.id] ?? []).map(pickToApi), mark_ready: !!ready[l.id] })) })
      toast.success(t("jewelry.orders.toast.inventorySelected"))
      onDone()
    } catch {
      // Shown in the footer.
    }
  }
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="select-inventory-drawer">
        <Drawer.Header>
          <Drawer.Title>{t("jewelry.orders.selectInventory")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {!lines.length && <Text>{t("jewelry.orders.allShipped")}</Text>}
          {lines.map((l) => (
            <SelectCard
              key={l.id}
              orderId={view.order.id}
              line={l}
              picks={picks[l.id] ?? []}
              // Another card's picks are not offered here.
              exclude={taken.filter((id) => !(picks[l.id] ?? []).some((p) => p.stock_item_id === id))}
              ready={!!ready[l.id]}
              onPicks={(p) => {
                setMissing(null)
                setPicks((s) => ({ ...s, [l.id]: p }))
              }}
              onReady={(on) => {
                setMissing(null)
                setReady((s) => ({ ...s, [l.id]: on }))
              }}
            />
          ))}
        </Drawer.Body>
        <DrawerFooter
          saveLabel={t("jewelry.orders.saveSelection")}
          onCancel={onClose}
          onSave={save}
          saving={select.isPending}
          error={missing ?? fieldErrors(select.error, [])._form}
          errorTestId="select-error"
          saveTestId="save-selection"
        />
      </Drawer.Content>
    </Drawer>
  )
}
