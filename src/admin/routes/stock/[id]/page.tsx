import { Badge, Button, Container, Drawer, Heading, Input, Table, Text, Textarea, toast } from "@medusajs/ui"
import { OptionSelect } from "../../../components/option-select"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { Field } from "../../../components/field"
import { useApi, useFieldErrors } from "../../../hooks/use-api"
import { KIND_LABELS, useLookups, WEIGHT_UNITS } from "../../../hooks/use-lookups"
import { api } from "../../../lib/api"
import { METAL_LABELS, type Metal } from "../../../../lib/purity"

type Action = "adjust" | "move" | "status" | null

const REASONS: Record<string, string> = {
  initial: "Recorded",
  import: "Imported",
  adjustment: "Adjustment",
  transfer: "Moved",
  status_change: "Status",
  issue: "Issued to job",
  return_from_job: "Returned from job",
  receive: "Received from job",
  allocation: "Allocated to job",
  deallocation: "Allocation removed",
  sale: "Sold",
  sale_return: "Back from order",
  scrap: "Scrap",
  purchase_receipt: "Purchase receipt",
  close_out: "Job close-out",
}

const StockItemPage = () => {
  const { id } = useParams()
  const { data, reload } = useApi<{ stock_item: any; movements: any[]; movement_count: number }>(`/admin/stock-items/${id}`)
  const lookups = useLookups()
  const [action, setAction] = useState<Action>(null)
  const [form, setForm] = useState<Record<string, string>>({})
  const { errors, take, clear } = useFieldErrors()
  if (!data) return <Text>Loading…</Text>
  const item = data.stock_item
  const open = (a: Action, initial: Record<string, string>) => {
    clear()
    setForm(initial)
    setAction(a)
  }
  const submit = async () => {
    clear()
    try {
      if (action === "adjust") {
        const sign = form.direction === "deduct" ? "-" : ""
        await api(`/admin/stock-items/${id}/adjustments`, {
          body: {
            weight_delta: `${sign}${form.weight || "0"}`,
            weight_unit: form.weight_unit,
            pieces_delta: Number(`${sign}${form.pieces || "0"}`),
            note: form.note ?? "",
          },
        })
      } else if (action === "move") {
        await api(`/admin/stock-items/${id}/move`, { body: { location_id: form.location_id, rack: form.rack || null, bin: form.bin || null, note: form.note || null } })
      } else if (action === "status") {
        await api(`/admin/stock-items/${id}/status`, { body: { status: form.status, note: form.note || null } })
      }
      toast.success("Stock item updated")
      setAction(null)
      reload()
    } catch (e) {
      take(e)
    }
  }
  const facts: [string, string][] = [
    ["Product", lookups.productName(item.product_id)],
    ["Inventory type", `${KIND_LABELS[item.inventory_kind] ?? item.inventory_kind} · ${lookups.typeName(item.inventory_type_id)}`],
    ["Shape / size", [item.shape, item.size].filter(Boolean).join(" · ") || "-"],
    ["Color / quality", [item.color, item.quality].filter(Boolean).join(" · ") || "-"],
    ["Purity", item.purity || "-"],
    ["Weight", `${item.weight} ${item.weight_unit} (${item.weight_grams} g)`],
    ["Fine metal", item.metal ? `${item.fine_grams} g fine ${METAL_LABELS[item.metal as Metal] ?? item.metal}` : "-"],
    ["Pieces", String(item.pieces)],
    ["Location", `${lookups.locationName(item.location_id)}${item.rack || item.bin ? ` · rack ${item.rack ?? "-"} / bin ${item.bin ?? "-"}` : ""}`],
    ["Cost basis", item.cost_basis ? `${item.cost_basis} ${(item.currency_code ?? "").toUpperCase()}` : "-"],
  ]
  const select = (key: string, options: [string, string][], placeholder: string) => (
    <OptionSelect id={`action-${key}`} value={form[key]} onChange={(v) => setForm({ ...form, [key]: v })} options={options} placeholder={placeholder} />
  )
  return (
    <div className="flex flex-col gap-y-3" data-testid="stock-item-page">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Link to="/stock" className="txt-small text-ui-fg-subtle">
              ← Jewelry Stock
            </Link>
            <Heading className="font-mono" data-testid="stock-item-tag">{item.tag_id}</Heading>
          </div>
          <div className="flex items-center gap-x-2">
            <Badge data-testid="stock-item-status">{item.status}</Badge>
            <Button size="small" variant="secondary" onClick={() => open("adjust", { direction: "deduct", weight_unit: item.weight_unit })} data-testid="open-adjust">
              Adjust
            </Button>
            <Button size="small" variant="secondary" onClick={() => open("move", { location_id: item.location_id, rack: item.rack ?? "", bin: item.bin ?? "" })} data-testid="open-move">
              Move
            </Button>
            <Button size="small" variant="secondary" onClick={() => open("status", {})} data-testid="open-status">
              Change status
            </Button>
          </div>
        </div>
        <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4" data-testid="stock-item-facts">
          {item.image_url && <img src={item.image_url} alt={item.tag_id} className="row-span-2 h-32 w-32 rounded-md object-cover" />}
          {facts.map(([k, v]) => (
            <div key={k}>
              <Text size="xsmall" className="text-ui-fg-subtle">{k}</Text>
              <Text size="small" weight="plus" data-testid={`fact-${k.toLowerCase().replace(/[^a-z]+/g, "-")}`}>{v}</Text>
            </div>
          ))}
        </div>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Movement history</Heading>
          <Text size="small" className="text-ui-fg-subtle">{data.movement_count} movements; the weight and pieces above are their sum.</Text>
        </div>
        <div className="px-6 py-4">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>When</Table.HeaderCell>
                <Table.HeaderCell>What</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Weight</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Pieces</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
                <Table.HeaderCell>Why</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.movements.map((m) => (
                <Table.Row key={m.id} data-testid="movement-row">
                  <Table.Cell>{new Date(m.created_at).toLocaleString()}</Table.Cell>
                  <Table.Cell>{REASONS[m.reason] ?? m.reason}</Table.Cell>
                  <Table.Cell className={`text-right ${m.direction === "deducted" ? "text-ui-fg-error" : ""}`}>
                    {m.direction === "deducted" ? "−" : m.direction === "added" ? "+" : ""}
                    {m.weight} {m.weight_unit}
                  </Table.Cell>
                  <Table.Cell className="text-right">{m.pieces_delta > 0 ? `+${m.pieces_delta}` : m.pieces_delta}</Table.Cell>
                  <Table.Cell className="text-right">
                    {m.balance_weight} {m.weight_unit} · {m.balance_pieces} pcs
                  </Table.Cell>
                  <Table.Cell className="max-w-[280px] truncate">{m.note ?? "-"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </Container>
      <Drawer open={!!action} onOpenChange={(o) => !o && setAction(null)}>
        <Drawer.Content data-testid="stock-action-form">
          <Drawer.Header>
            <Drawer.Title>{action === "adjust" ? "Adjust weight or pieces" : action === "move" ? "Move item" : "Change status"}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-3">
            {action === "adjust" && (
              <>
                <Field label="Add or deduct" htmlFor="action-direction">
                  {select("direction", [["add", "Add"], ["deduct", "Deduct"]], "Add or deduct")}
                </Field>
                <div className="grid grid-cols-2 gap-3">
                  <Field label="Weight" htmlFor="action-weight" error={errors.weight ?? errors.weight_delta}>
                    <Input id="action-weight" inputMode="decimal" value={form.weight ?? ""} onChange={(e) => setForm({ ...form, weight: e.target.value })} />
                  </Field>
                  <Field label="Unit" htmlFor="action-weight_unit" error={errors.weight_unit}>
                    {select("weight_unit", WEIGHT_UNITS.map((u) => [u, u]), "Unit")}
                  </Field>
                </div>
                <Field label="Pieces" htmlFor="action-pieces" error={errors.pieces ?? errors.pieces_delta}>
                  <Input id="action-pieces" type="number" min={0} value={form.pieces ?? ""} onChange={(e) => setForm({ ...form, pieces: e.target.value })} />
                </Field>
              </>
            )}
            {action === "move" && (
              <>
                <Field label="Location" htmlFor="action-location_id" error={errors.location_id}>
                  {select("location_id", lookups.locations.map((l) => [l.id, l.name]), "Location")}
                </Field>
                <div className="grid grid-cols-2 gap-3">
                  <Field label="Rack" htmlFor="action-rack" error={errors.rack}>
                    <Input id="action-rack" value={form.rack ?? ""} onChange={(e) => setForm({ ...form, rack: e.target.value })} />
                  </Field>
                  <Field label="Bin" htmlFor="action-bin" error={errors.bin}>
                    <Input id="action-bin" value={form.bin ?? ""} onChange={(e) => setForm({ ...form, bin: e.target.value })} />
                  </Field>
                </div>
              </>
            )}
            {action === "status" && (
              <Field label="Status" htmlFor="action-status" error={errors.status}>
                {select("status", [["available", "Available"], ["reserved", "Reserved"], ["sold", "Sold"], ["scrapped", "Scrapped"]], "Choose a status")}
              </Field>
            )}
            <Field label={action === "adjust" ? "Reason" : "Note"} htmlFor="action-note" error={errors.note}>
              <Textarea id="action-note" value={form.note ?? ""} onChange={(e) => setForm({ ...form, note: e.target.value })} />
            </Field>
            {errors._form && <Text className="text-ui-fg-error" data-testid="action-error">{errors._form}</Text>}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary">Cancel</Button>
            </Drawer.Close>
            <Button size="small" onClick={submit} data-testid="submit-action">
              Save
            </Button>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
    </div>
  )
}

export default StockItemPage
