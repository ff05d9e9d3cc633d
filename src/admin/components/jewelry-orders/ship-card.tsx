import { Checkbox, Input, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { displayWeight } from "../../../lib/units"
import { StockPicker, type Pick } from "./stock-picker"
import { lineName, type OrderLine, type Selection } from "./types"

type Props = {
  orderId: string
  line: OrderLine
  /** The stock selected for the line already (Select Inventory): it ships. */
  selected: Selection[]
  include: boolean
  qty: string
  picks: Pick[]
  error?: string
  onInclude: (on: boolean) => void
  onQty: (v: string) => void
  onPicks: (p: Pick[]) => void
}

/** A line in Manage Shipment: ship it or not, how many, and the stock that goes (selected already, or picked now). */
export function ShipCard({ orderId, line: l, selected, include, qty, picks, error, onInclude, onQty, onPicks }: Props) {
  const { t } = useTranslation()
  const left = l.quantity - l.fulfilled_quantity
  return (
    <div className="rounded-lg border p-4" data-testid={`ship-card-${l.id}`}>
      <div className="flex items-center justify-between gap-x-2">
        <div className="flex items-center gap-x-2">
          <Checkbox id={`ship-${l.id}`} checked={include} onCheckedChange={(v) => onInclude(v === true)} />
          <Label htmlFor={`ship-${l.id}`} weight="plus">{lineName(l)}</Label>
        </div>
        <div className="flex items-center gap-x-2">
          <Label htmlFor={`qty-${l.id}`} size="small">{t("jewelry.orders.quantityOf", { count: left })}</Label>
          <Input id={`qty-${l.id}`} className="w-20" size="small" type="number" min={1} max={left} value={qty} onChange={(e) => onQty(e.target.value)} aria-invalid={!!error} />
        </div>
      </div>
      {error && <Text size="small" className="mt-2 text-ui-fg-error" role="alert" data-testid={`error-qty-${l.id}`}>{error}</Text>}
      {include && (
        <div className="mt-3">
          {selected.length ? (
            <Text size="small" data-testid={`preselected-${l.id}`}>
              {t("jewelry.orders.selectedStock", {
                items: selected.map((s) => t("jewelry.orders.selectedPiece", { tag: s.tag_id, pcs: t("jewelry.orders.pcs", { count: s.pieces }), weight: displayWeight(s.weight, s.weight_unit) })).join(", "),
              })}
            </Text>
          ) : (
            <>
              <Text size="small" className="mb-2 text-ui-fg-subtle">{t("jewelry.orders.noStockYet")}</Text>
              <StockPicker orderId={orderId} lineId={l.id} picks={picks} onChange={onPicks} exclude={[]} />
            </>
          )}
        </div>
      )}
    </div>
  )
}
