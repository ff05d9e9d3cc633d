import { Badge, Button, Container, Drawer, Heading, Input, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import { Field } from "../../../components/field"
import { OptionSelect } from "../../../components/option-select"
import { useApi, useFieldErrors } from "../../../hooks/use-api"
import { useLookups, WEIGHT_UNITS } from "../../../hooks/use-lookups"
import { api } from "../../../lib/api"
import { PO_STATUS } from "../../../components/purchasing/status"
import { PrintTagsButton } from "../../../components/tags/print-tags-drawer"

type Receive = { include: boolean; quantity: string; weight: string; weight_unit: string; product_id: string; variant_id: string; inventory_type_id: string }

/** Receive Inventory: what arrived, line by line, into stock at a location. */
function ReceiveDrawer({ po, open, onClose, onDone }: { po: any; open: boolean; onClose: () => void; onDone: (po: any, items: any[]) => void }) {
  const { locations, types, products } = useLookups()
  const [location, setLocation] = useState("")
  const [rows, setRows] = useState<Record<string, Receive>>({})
  const { errors, take, clear } = useFieldErrors()
  const openLines = po.lines.filter((l: any) => l.received_quantity < l.quantity)
  useEffect(() => {
    if (!open) return
    clear()
    setLocation((l) => l || locations[0]?.id || "")
    setRows(
      Object.fromEntries(
        openLines.map((l: any) => [
          l.id,
          { include: true, quantity: String(l.quantity - l.received_quantity), weight: "", weight_unit: l.weight_unit ?? "g", product_id: "", variant_id: "", inventory_type_id: types[0]?.id ?? "" },
        ])
      )
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, locations.length, types.length])
  const set = (id: string, patch: Partial<Receive>) => setRows((r) => ({ ...r, [id]: { ...r[id], ...patch } }))
  const save = async () => {
    clear()
    try {
      const lines = openLines
        .filter((l: any) => rows[l.id]?.include)
        .map((l: any) => {
          const r = rows[l.id]
          return {
            line_id: l.id,
            quantity: Number(r.quantity || 0),
            weight: r.weight || null,
            weight_unit: r.weight ? r.weight_unit : null,
            inventory_type_id: r.inventory_type_id,
            ...(r.product_id ? { product_id: r.product_id, variant_id: r.variant_id || null } : {}),
          }
        })
      const result = await api<any>(`/admin/purchase-orders/${po.id}/receive`, { body: { location_id: location, lines } })
      toast.success(`Received: ${result.created_items.map((i: any) => i.tag_id).join(", ")}`)
      onDone(result.purchase_order, result.created_items)
    } catch (e) {
      take(e)
    }
  }
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="receive-drawer" className="max-w-2xl">
        <Drawer.Header><Drawer.Title>Receive inventory</Drawer.Title></Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          <Field label="Into location" htmlFor="receive-location" error={errors.location_id}>
            <OptionSelect id="receive-location" value={location} onChange={setLocation} options={locations.map((l) => [l.id, l.name])} />
          </Field>
          {openLines.map((l: any) => {
            const r = rows[l.id]
            if (!r) return null
            return (
              <div key={l.id} className="rounded-lg border p-3" data-testid="receive-line">
                <label className="flex items-center gap-2 txt-small-plus">
                  <input type="checkbox" checked={r.include} onChange={(e) => set(l.id, { include: e.target.checked })} />
                  {l.description} <span className="text-ui-fg-subtle">({l.received_quantity} of {l.quantity} received)</span>
                </label>
                {r.include && (
                  <div className="mt-2 grid grid-cols-4 gap-2">
                    <Input size="small" aria-label="Quantity received" value={r.quantity} onChange={(e) => set(l.id, { quantity: e.target.value })} />
                    <Input size="small" aria-label="Weight received" placeholder="weight" value={r.weight} onChange={(e) => set(l.id, { weight: e.target.value })} />
                    <OptionSelect size="small" ariaLabel="Weight unit" value={r.weight_unit} onChange={(v) => set(l.id, { weight_unit: v })} options={WEIGHT_UNITS.map((u) => [u, u])} />
                    <OptionSelect size="small" ariaLabel="Inventory type" value={r.inventory_type_id} onChange={(v) => set(l.id, { inventory_type_id: v })} options={types.map((t: any) => [t.id, t.name])} />
                    {!l.product_id && !l.style_id && (
                      <div className="col-span-4">
                        <OptionSelect size="small" ariaLabel="Receive as product" value={r.product_id} onChange={(v) => set(l.id, { product_id: v, variant_id: "" })} options={products.map((p) => [p.id, p.title])} placeholder="Receive as product…" />
                      </div>
                    )}
                  </div>
                )}
              </div>
            )
          })}
          {Object.values(errors)[0] && <Text className="text-ui-fg-error" data-testid="receive-error">{Object.values(errors)[0]}</Text>}
        </Drawer.Body>
        <Drawer.Footer>
          <Button variant="secondary" onClick={onClose}>Cancel</Button>
          <Button onClick={save} data-testid="confirm-receive">Receive</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** A purchase order: lines, receipts, and its actions. */
const PurchaseOrderPage = () => {
  const { id } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data, error, reload } = useApi<{ purchase_order: any }>(`/admin/purchase-orders/${id}`)
  const [po, setPo] = useState<any>(null)
  const [receiving, setReceiving] = useState(false)
  const [created, setCreated] = useState<any[]>([])
  useEffect(() => {
    if (data) setPo(data.purchase_order)
  }, [data])
  if (error) return <Container><Text className="text-ui-fg-error">{error.message}</Text></Container>
  if (!po) return <Container><Text>Loading…</Text></Container>
  const act = async (path: string, body: any = {}) => {
    try {
      setPo((await api<any>(`/admin/purchase-orders/${po.id}/${path}`, { body })).purchase_order)
    } catch (e: any) {
      toast.error(e.message)
    }
  }
  const remove = async () => {
    const ok = await prompt({
      title: `Remove ${po.display_number}?`,
      description: `The order, its ${po.lines.length} lines and ${po.receipts.length} receipts are deleted for good. Stock already received stays in stock.`,
      confirmText: "Remove",
      cancelText: "Keep it",
    })
    if (!ok) return
    try {
      await api(`/admin/purchase-orders/${po.id}`, { method: "DELETE", body: { confirm: true } })
      toast.success(`${po.display_number} removed`)
      navigate("/purchase-orders")
    } catch (e: any) {
      toast.error(e.message)
    }
  }
  const [label, color] = PO_STATUS[po.status]
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="purchase-order-page">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div>
            <Heading>{po.display_number} · {po.supplier?.name}</Heading>
            <div className="mt-1 flex items-center gap-2">
              <Badge size="2xsmall" color={color} data-testid="po-status">{label}</Badge>
              <Text size="small" className="text-ui-fg-subtle">
                {po.currency_code.toUpperCase()} · estimated {po.estimated_total}{po.budget ? ` · budget ${po.budget}` : ""}{po.date_required ? ` · required ${new Date(po.date_required).toLocaleDateString()}` : ""}
              </Text>
            </div>
          </div>
          <div className="flex gap-2">
            {po.status === "draft" && <Button size="small" onClick={() => act("submit", { terms_accepted: true })} data-testid="po-submit">Submit</Button>}
            {["submitted", "partially_received"].includes(po.status) && <Button size="small" onClick={() => setReceiving(true)} data-testid="po-receive">Receive inventory</Button>}
            {["draft", "submitted", "partially_received"].includes(po.status) && <Button size="small" variant="secondary" onClick={() => act("cancel")} data-testid="po-cancel">Cancel order</Button>}
            <Button size="small" variant="danger" onClick={remove} data-testid="po-remove">Remove</Button>
          </div>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Line</Table.HeaderCell>
              <Table.HeaderCell>Details</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Ordered</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Received</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Unit cost</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {po.lines.map((l: any) => (
              <Table.Row key={l.id} data-testid="po-line">
                <Table.Cell>{l.description}</Table.Cell>
                <Table.Cell className="text-ui-fg-subtle">{[l.size && `size ${l.size}`, l.shape, l.weight && `${l.weight} ${l.weight_unit}`, l.material, l.priority].filter(Boolean).join(" · ") || "—"}</Table.Cell>
                <Table.Cell className="text-right">{l.quantity}</Table.Cell>
                <Table.Cell className="text-right" data-testid="po-line-received">{l.received_quantity}</Table.Cell>
                <Table.Cell className="text-right">{l.unit_cost ?? "—"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {po.notes && <div className="px-6 py-4"><Text size="small" className="whitespace-pre-wrap text-ui-fg-subtle">{po.notes}</Text></div>}
      </Container>
      {(po.receipts.length > 0 || created.length > 0) && (
        <Container data-testid="po-receipts">
          <Heading level="h2" className="mb-2">Receipts</Heading>
          {po.receipts.map((r: any) => (
            <Text key={r.id} size="small">
              {new Date(r.created_at).toLocaleString()} · {r.quantity} × {po.lines.find((l: any) => l.id === r.line_id)?.description ?? "line"}{r.weight ? ` · ${r.weight} ${r.weight_unit}` : ""} · {r.stock_item_ids.length} stock item{r.stock_item_ids.length === 1 ? "" : "s"}
            </Text>
          ))}
          {created.length > 0 && (
            <Text size="small" className="mt-2" data-testid="po-created-tags">
              New stock: {created.map((i) => <Link key={i.id} to={`/stock/${i.id}`} className="mr-2 font-mono text-ui-fg-interactive">{i.tag_id}</Link>)}
            </Text>
          )}
          {created.length > 0 && (
            <div className="mt-2"><PrintTagsButton items={created} /></div>
          )}
        </Container>
      )}
      <ReceiveDrawer po={po} open={receiving} onClose={() => setReceiving(false)} onDone={(next, items) => { setPo(next); setCreated(items); setReceiving(false); reload() }} />
    </div>
  )
}

export default PurchaseOrderPage
