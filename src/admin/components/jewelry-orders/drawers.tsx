import { Button, Checkbox, Drawer, Heading, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Field } from "../field"
import { useApi, useFieldErrors } from "../../hooks/use-api"
import { api } from "../../lib/api"
import { StockPicker, Pick, pickToApi } from "./stock-picker"
import { JewelryOrderView, lineName, openLines } from "./types"

type Props = { view: JewelryOrderView; lineIds: string[]; open: boolean; onClose: () => void; onDone: (v: JewelryOrderView) => void }

/** Select Inventory: a card per chosen line with a stock lookup, exact quantities or Full, and "Mark this line item as Ready". */
export function SelectInventoryDrawer({ view, lineIds, open, onClose, onDone }: Props) {
  const lines = openLines(view.lines).filter((l) => !lineIds.length || lineIds.includes(l.id))
  const [picks, setPicks] = useState<Record<string, Pick[]>>({})
  const [ready, setReady] = useState<Record<string, boolean>>({})
  const [saving, setSaving] = useState(false)
  const { errors, take, clear } = useFieldErrors()
  useEffect(() => {
    if (open) {
      setPicks({})
      setReady({})
      clear()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])
  const all = Object.values(picks).flat().map((p) => p.stock_item_id)
  const save = async () => {
    clear()
    setSaving(true)
    try {
      const body = {
        lines: lines
          .filter((l) => picks[l.id]?.length || ready[l.id])
          .map((l) => ({ line_item_id: l.id, items: (picks[l.id] ?? []).map(pickToApi), mark_ready: !!ready[l.id] })),
      }
      const v = await api<JewelryOrderView>(`/admin/jewelry-orders/${view.order.id}/selections`, { body })
      toast.success("Inventory selected")
      onDone(v)
    } catch (e) {
      take(e)
    } finally {
      setSaving(false)
    }
  }
  const message = Object.values(errors)[0]
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="select-inventory-drawer">
        <Drawer.Header>
          <Drawer.Title>Select inventory</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {!lines.length && <Text>Every line is shipped or cancelled.</Text>}
          {lines.map((l) => (
            <div key={l.id} className="rounded-lg border p-4" data-testid={`select-card-${l.id}`}>
              <Heading level="h3">{lineName(l)}</Heading>
              <Text size="small" className="mb-3 text-ui-fg-subtle">
                {l.quantity} ordered · {l.fulfilled_quantity} shipped · {l.selected.pieces} pcs selected already
              </Text>
              <StockPicker orderId={view.order.id} lineId={l.id} picks={picks[l.id] ?? []} onChange={(p) => setPicks((s) => ({ ...s, [l.id]: p }))} exclude={all.filter((id) => !(picks[l.id] ?? []).some((p) => p.stock_item_id === id))} />
              <div className="mt-3 flex items-center gap-x-2">
                <Checkbox id={`ready-${l.id}`} checked={!!ready[l.id]} onCheckedChange={(v) => setReady((s) => ({ ...s, [l.id]: v === true }))} />
                <Label htmlFor={`ready-${l.id}`}>Mark this line item as Ready</Label>
              </div>
            </div>
          ))}
          {message && (
            <Text className="text-ui-fg-error" data-testid="select-error">
              {message}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} isLoading={saving} disabled={!Object.values(picks).some((p) => p.length) && !Object.values(ready).some(Boolean)} data-testid="save-selection">
            Save selection
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** Manage Shipment: carrier and tracking number; per line the stock selected already, or picked now, and the quantity. */
export function ShipmentDrawer({ view, lineIds, open, onClose, onDone }: Props) {
  const lines = openLines(view.lines).filter((l) => !lineIds.length || lineIds.includes(l.id))
  const [form, setForm] = useState({ carrier: "", tracking_number: "", tracking_url: "", shipping_option_id: "" })
  const [qty, setQty] = useState<Record<string, string>>({})
  const [include, setInclude] = useState<Record<string, boolean>>({})
  const [picks, setPicks] = useState<Record<string, Pick[]>>({})
  const [saving, setSaving] = useState(false)
  const { errors, take, clear } = useFieldErrors()
  const options = useApi<{ shipping_options: { id: string; name: string }[] }>(open && !view.order.has_shipping_method ? `/admin/jewelry-orders/${view.order.id}/shipping-options` : null)
  useEffect(() => {
    if (!open) return
    clear()
    setPicks({})
    setForm({ carrier: "", tracking_number: "", tracking_url: "", shipping_option_id: "" })
    setInclude(Object.fromEntries(lines.map((l) => [l.id, true])))
    setQty(Object.fromEntries(lines.map((l) => [l.id, String(l.quantity - l.fulfilled_quantity)])))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])
  const selectedFor = (lineId: string) => view.selections.filter((s) => s.line_item_id === lineId && s.status === "selected")
  const save = async () => {
    clear()
    setSaving(true)
    try {
      const body: any = {
        carrier: form.carrier,
        tracking_number: form.tracking_number,
        ...(form.tracking_url.trim() ? { tracking_url: form.tracking_url.trim() } : {}),
        ...(form.shipping_option_id ? { shipping_option_id: form.shipping_option_id } : {}),
        lines: lines.filter((l) => include[l.id]).map((l) => ({ line_item_id: l.id, quantity: Number(qty[l.id] || 0), items: (picks[l.id] ?? []).map(pickToApi) })),
      }
      const v = await api<JewelryOrderView>(`/admin/jewelry-orders/${view.order.id}/shipments`, { body })
      toast.success(`Shipped with ${form.carrier} ${form.tracking_number}`)
      onDone(v)
    } catch (e) {
      take(e)
    } finally {
      setSaving(false)
    }
  }
  const general = errors._form ?? errors.lines ?? errors.order_id ?? Object.entries(errors).find(([k]) => !["carrier", "tracking_number", "shipping_option_id", "tracking_url"].includes(k))?.[1]
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="shipment-drawer">
        <Drawer.Header>
          <Drawer.Title>Manage shipment</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <div className="grid grid-cols-2 gap-4">
            <Field label="Carrier" htmlFor="carrier" error={errors.carrier}>
              <Input id="carrier" value={form.carrier} onChange={(e) => setForm({ ...form, carrier: e.target.value })} placeholder="FedEx, UPS, Malca-Amit…" />
            </Field>
            <Field label="Tracking number" htmlFor="tracking_number" error={errors.tracking_number}>
              <Input id="tracking_number" value={form.tracking_number} onChange={(e) => setForm({ ...form, tracking_number: e.target.value })} />
            </Field>
          </div>
          <Field label="Tracking link (optional)" htmlFor="tracking_url" error={errors.tracking_url}>
            <Input id="tracking_url" value={form.tracking_url} onChange={(e) => setForm({ ...form, tracking_url: e.target.value })} placeholder="https://" />
          </Field>
          {!view.order.has_shipping_method && (
            <Field label="Shipping option" htmlFor="shipping_option_id" error={errors.shipping_option_id} hint="This order has no shipping method; choose how it ships.">
              <Select value={form.shipping_option_id} onValueChange={(v) => setForm({ ...form, shipping_option_id: v })}>
                <Select.Trigger id="shipping_option_id" data-testid="shipping-option-select">
                  <Select.Value placeholder="Choose a shipping option" />
                </Select.Trigger>
                <Select.Content>
                  {(options.data?.shipping_options ?? []).map((o) => (
                    <Select.Item key={o.id} value={o.id}>
                      {o.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
          )}
          {lines.map((l) => {
            const sel = selectedFor(l.id)
            return (
              <div key={l.id} className="rounded-lg border p-4" data-testid={`ship-card-${l.id}`}>
                <div className="flex items-center justify-between gap-x-2">
                  <div className="flex items-center gap-x-2">
                    <Checkbox id={`ship-${l.id}`} checked={!!include[l.id]} onCheckedChange={(v) => setInclude((s) => ({ ...s, [l.id]: v === true }))} />
                    <Label htmlFor={`ship-${l.id}`} weight="plus">
                      {lineName(l)}
                    </Label>
                  </div>
                  <div className="flex items-center gap-x-2">
                    <Label htmlFor={`qty-${l.id}`} size="small">
                      Quantity (of {l.quantity - l.fulfilled_quantity})
                    </Label>
                    <Input id={`qty-${l.id}`} className="w-20" size="small" type="number" min={1} max={l.quantity - l.fulfilled_quantity} value={qty[l.id] ?? ""} onChange={(e) => setQty((s) => ({ ...s, [l.id]: e.target.value }))} />
                  </div>
                </div>
                {include[l.id] && (
                  <div className="mt-3">
                    {sel.length ? (
                      <Text size="small" data-testid={`preselected-${l.id}`}>
                        Selected stock: {sel.map((s) => `${s.tag_id} (${s.pieces} pcs, ${s.weight} ${s.weight_unit})`).join(", ")}
                      </Text>
                    ) : (
                      <>
                        <Text size="small" className="mb-2 text-ui-fg-subtle">
                          No stock selected yet: pick it now, or ship without (made to order, no stock kept).
                        </Text>
                        <StockPicker orderId={view.order.id} lineId={l.id} picks={picks[l.id] ?? []} onChange={(p) => setPicks((s) => ({ ...s, [l.id]: p }))} exclude={[]} />
                      </>
                    )}
                  </div>
                )}
              </div>
            )
          })}
          {general && (
            <Text className="text-ui-fg-error" data-testid="shipment-error">
              {general}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} isLoading={saving} data-testid="create-shipment">
            Create shipment
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** Put on hold, with the reason staff will see. */
export function HoldDrawer({ view, open, onClose, onDone }: Omit<Props, "lineIds">) {
  const [reason, setReason] = useState("")
  const { errors, take, clear } = useFieldErrors()
  const save = async () => {
    clear()
    try {
      const v = await api<JewelryOrderView>(`/admin/jewelry-orders/${view.order.id}/hold`, { body: { reason } })
      toast.success("Order on hold")
      setReason("")
      onDone(v)
    } catch (e) {
      take(e, "reason")
    }
  }
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="hold-drawer">
        <Drawer.Header>
          <Drawer.Title>Put order on hold</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body>
          <Field label="Reason" htmlFor="hold-reason" error={errors.reason} hint="Nothing ships until the order is released.">
            <Textarea id="hold-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </Drawer.Body>
        <Drawer.Footer>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} data-testid="confirm-hold">
            Put on hold
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
