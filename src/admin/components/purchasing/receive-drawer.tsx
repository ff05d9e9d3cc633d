import { Button, Drawer, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import BigNumber from "bignumber.js"
import type { CreatedStockItem, PurchaseOrder } from "../../../types/purchasing"
import { useReceivePurchaseOrder } from "../../hooks/api/purchase-orders"
import { useStockLocations } from "../../hooks/api/medusa"
import { useInventoryTypes } from "../../hooks/api/production-settings"
import { rowErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { OptionSelect } from "../option-select"
import { ReceiveLine, type ReceiveRow } from "./receive-line"

const blank = (v: string) => !v.trim() || !new BigNumber(v).isFinite() || new BigNumber(v).isZero()

/**
 * Receive Inventory: what arrived, line by line, into stock at a location.
 * Each line starts as the inventory type its product is kept as and in the
 * unit it was ordered in; a line ordered by weight needs the weight received.
 */
export function ReceiveDrawer({ po, open, onClose, onDone }: { po: PurchaseOrder; open: boolean; onClose: () => void; onDone: (items: CreatedStockItem[]) => void }) {
  const { t } = useTranslation()
  const locations = useStockLocations().data ?? []
  const types = useInventoryTypes().data ?? []
  const receive = useReceivePurchaseOrder(po.id)
  const [location, setLocation] = useState("")
  const [rows, setRows] = useState<Record<string, ReceiveRow>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const openLines = po.lines.filter((l) => l.received_quantity < l.quantity)
  useEffect(() => {
    if (!open) return
    setErrors({})
    setLocation((l) => l || locations[0]?.id || "")
    setRows(
      Object.fromEntries(
        openLines.map((l) => [
          l.id,
          { include: true, quantity: String(l.quantity - l.received_quantity), weight: "", weight_unit: l.weight_unit ?? "g", product_id: "", product_title: "", inventory_type_id: l.receive_as_type_id ?? "" },
        ])
      )
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, locations.length])
  const set = (id: string) => (patch: Partial<ReceiveRow>) => setRows((r) => ({ ...r, [id]: { ...r[id], ...patch } }))
  const included = openLines.filter((l) => rows[l.id]?.include)

  /** What is missing, said beside the line before anything is sent. */
  const missing = () => {
    const out: Record<string, string> = {}
    if (!location) out.location_id = t("jewelry.purchasing.errors.location")
    if (!included.length) out._form = t("jewelry.purchasing.errors.nothing")
    for (const l of included) {
      const r = rows[l.id]
      if (l.weight && l.weight_unit && blank(r.weight)) out[l.id] = t("jewelry.purchasing.errors.weight", { ordered: `${l.weight} ${l.weight_unit}` })
      else if (!r.inventory_type_id) out[l.id] = t("jewelry.purchasing.errors.type")
    }
    return out
  }

  const save = () => {
    const found = missing()
    setErrors(found)
    if (Object.keys(found).length) return
    const lines = included.map((l) => {
      const r = rows[l.id]
      return {
        line_id: l.id,
        quantity: Number.parseInt(r.quantity || "0", 10),
        weight: r.weight.trim() || null,
        weight_unit: r.weight.trim() ? r.weight_unit : null,
        inventory_type_id: r.inventory_type_id,
        ...(r.product_id ? { product_id: r.product_id } : {}),
      }
    })
    receive.mutate(
      { location_id: location, lines },
      {
        onSuccess: (result) => {
          toast.success(t("jewelry.purchasing.received", { tags: result.created_items.map((i) => i.tag_id).join(", ") }))
          onDone(result.created_items)
        },
        onError: (e) => setErrors(rowErrors(e, "lines", included.map((l) => l.id), ["location_id"])),
      }
    )
  }
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="receive-drawer" className="max-w-2xl">
        <Drawer.Header>
          <Drawer.Title>{t("jewelry.purchasing.receiveTitle")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          <Field label={t("jewelry.purchasing.intoLocation")} htmlFor="receive-location" error={errors.location_id} testId="receive-location-field">
            <OptionSelect id="receive-location" value={location} onChange={setLocation} options={locations.map((l) => [l.id, l.name])} />
          </Field>
          {openLines.map((l) => rows[l.id] && <ReceiveLine key={l.id} line={l} row={rows[l.id]} set={set(l.id)} error={errors[l.id]} types={types} />)}
          {errors._form && (
            <Text className="text-ui-fg-error" data-testid="receive-error" role="alert">
              {errors._form}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Button variant="secondary" onClick={onClose}>{t("jewelry.cancel")}</Button>
          <Button onClick={save} isLoading={receive.isPending} data-testid="confirm-receive">{t("jewelry.purchasing.receive")}</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
