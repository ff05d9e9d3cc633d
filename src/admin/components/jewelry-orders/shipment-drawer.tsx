import { Drawer, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useCreateShipment } from "../../hooks/api/jewelry-orders"
import { fieldErrors } from "../../lib/field-errors"
import { DrawerFooter } from "../drawer-footer"
import type { OrderDrawerProps } from "./select-inventory-drawer"
import { ShipCard } from "./ship-card"
import { EMPTY_SHIPMENT, SHIPMENT_FIELDS, ShipmentFields, type ShipmentForm } from "./shipment-fields"
import { pickToApi, type Pick } from "./stock-picker"
import { openLines } from "./types"
import { useResetOnOpen } from "./use-reset-on-open"

/** Manage Shipment: carrier and tracking number; per line the stock selected already, or picked now, and the quantity. */
export function ShipmentDrawer({ view, lineIds, open, onClose, onDone }: OrderDrawerProps) {
  const { t } = useTranslation()
  const create = useCreateShipment(view.order.id)
  const lines = openLines(view.lines).filter((l) => !lineIds.length || lineIds.includes(l.id))
  const needsOption = !view.order.has_shipping_method
  const [form, setForm] = useState<ShipmentForm>(EMPTY_SHIPMENT)
  const [qty, setQty] = useState<Record<string, string>>({})
  const [include, setInclude] = useState<Record<string, boolean>>({})
  const [picks, setPicks] = useState<Record<string, Pick[]>>({})
  const [missing, setMissing] = useState<Record<string, string>>({})
  useResetOnOpen(open, () => {
    setForm(EMPTY_SHIPMENT)
    setPicks({})
    setMissing({})
    setInclude(Object.fromEntries(lines.map((l) => [l.id, true])))
    setQty(Object.fromEntries(lines.map((l) => [l.id, String(l.quantity - l.fulfilled_quantity)])))
    create.reset()
  })
  const shipped = lines.filter((l) => include[l.id])
  /** What the form lacks, in sentences beside the fields; empty when it can be sent. */
  const check = () => {
    const out: Record<string, string> = {}
    if (!form.carrier.trim()) out.carrier = t("jewelry.orders.required", { field: t("jewelry.orders.carrier") })
    if (!form.tracking_number.trim()) out.tracking_number = t("jewelry.orders.required", { field: t("jewelry.orders.trackingNumber") })
    if (needsOption && !form.shipping_option_id) out.shipping_option_id = t("jewelry.orders.chooseShippingOption")
    if (!shipped.length) out._form = t("jewelry.orders.noLineToShip")
    for (const l of shipped) {
      const n = Number(qty[l.id])
      const left = l.quantity - l.fulfilled_quantity
      if (!Number.isInteger(n) || n < 1 || n > left) out[l.id] = t("jewelry.orders.quantityRange", { count: left })
    }
    return out
  }
  const save = async () => {
    const lacking = check()
    setMissing(lacking)
    if (Object.keys(lacking).length) return
    try {
      await create.mutateAsync({
        carrier: form.carrier.trim(),
        tracking_number: form.tracking_number.trim(),
        ...(form.tracking_url.trim() ? { tracking_url: form.tracking_url.trim() } : {}),
        ...(form.shipping_option_id ? { shipping_option_id: form.shipping_option_id } : {}),
        lines: shipped.map((l) => ({ line_item_id: l.id, quantity: Number(qty[l.id]), items: (picks[l.id] ?? []).map(pickToApi) })),
      })
      toast.success(t("jewelry.orders.toast.shipped", { carrier: form.carrier.trim(), tracking: form.tracking_number.trim() }))
      onDone()
    } catch {
      // Shown beside the field it names, or in the footer.
    }
  }
  const errors = { ...fieldErrors(create.error, SHIPMENT_FIELDS), ...missing }
  const edited = <T,>(set: (f: (s: T) => T) => void, patch: (s: T) => T) => {
    setMissing({})
    set(patch)
  }
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="shipment-drawer">
        <Drawer.Header>
          <Drawer.Title>{t("jewelry.orders.manageShipment")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <ShipmentFields orderId={view.order.id} needsOption={needsOption} open={open} form={form} errors={errors} onChange={(p) => edited(setForm, (s) => ({ ...s, ...p }))} />
          {lines.map((l) => (
            <ShipCard
              key={l.id}
              orderId={view.order.id}
              line={l}
              selected={view.selections.filter((s) => s.line_item_id === l.id && s.status === "selected")}
              include={!!include[l.id]}
              qty={qty[l.id] ?? ""}
              picks={picks[l.id] ?? []}
              error={errors[l.id]}
              onInclude={(on) => edited(setInclude, (s) => ({ ...s, [l.id]: on }))}
              onQty={(v) => edited(setQty, (s) => ({ ...s, [l.id]: v }))}
              onPicks={(p) => edited(setPicks, (s) => ({ ...s, [l.id]: p }))}
            />
          ))}
        </Drawer.Body>
        <DrawerFooter saveLabel={t("jewelry.orders.createShipment")} onCancel={onClose} onSave={save} saving={create.isPending} error={errors._form} errorTestId="shipment-error" saveTestId="create-shipment" />
      </Drawer.Content>
    </Drawer>
  )
}
