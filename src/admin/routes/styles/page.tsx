import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus, Swatch, Trash } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Drawer, Heading, IconButton, Input, Label, Select, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { OptionSelect } from "../../components/option-select"
import { StyleAtRate } from "../../components/metal-prices/metal-value-section"
import { Field } from "../../components/field"
import { useApi, useFieldErrors } from "../../hooks/use-api"
import { useLookups, WEIGHT_UNITS } from "../../hooks/use-lookups"
import { api } from "../../lib/api"

type BomLine = { kind: string; description: string; purity: string; shape: string; size: string; quantity: string; weight: string; weight_unit: string; unit_cost: string; cost_per: string }
type LaborLine = { stage_name: string; cost: string }
const newBom = (): BomLine => ({ kind: "metal", description: "", purity: "", shape: "", size: "", quantity: "1", weight: "", weight_unit: "g", unit_cost: "", cost_per: "weight" })

function StyleForm({ open, source, onClose, onSaved }: { open: boolean; source: string; onClose: () => void; onSaved: () => void }) {
  const [form, setForm] = useState({ code: "", name: "", category: "", vendor_name: "", vendor_sku: "", lead_time_days: "14", image_url: "", description: "" })
  const [bom, setBom] = useState<BomLine[]>([newBom()])
  const [labor, setLabor] = useState<LaborLine[]>([])
  const { errors, take, clear } = useFieldErrors()
  const setLine = (i: number, patch: Partial<BomLine>) => setBom((b) => b.map((l, j) => (j === i ? { ...l, ...patch } : l)))
  const save = async () => {
    clear()
    try {
      await api("/admin/styles", {
        body: {
          code: form.code,
          name: form.name,
          category: form.category || null,
          source,
          vendor_name: source === "vendor" ? form.vendor_name || null : null,
          vendor_sku: source === "vendor" ? form.vendor_sku || null : null,
          lead_time_days: Number(form.lead_time_days || 0),
          image_url: form.image_url || null,
          description: form.description || null,
          bom_lines: bom
            .filter((l) => l.unit_cost !== "" || l.description || l.weight)
            .map((l) => ({
              kind: l.kind,
              description: l.description || null,
              purity: l.purity || null,
              shape: l.shape || null,
              size: l.size || null,
              quantity: Number(l.quantity || 1),
              weight: l.weight || null,
              weight_unit: l.weight ? l.weight_unit : null,
              unit_cost: l.unit_cost || "0",
              cost_per: l.cost_per,
            })),
          labor_lines: labor.filter((l) => l.stage_name).map((l) => ({ stage_name: l.stage_name, cost: l.cost || "0" })),
        },
      })
      toast.success(`Style ${form.code} saved`)
      onSaved()
      onClose()
    } catch (e) {
      take(e)
    }
  }
  const small = (value: string, onChange: (v: string) => void, label: string, cls = "w-20") => (
    <Input size="small" className={cls} aria-label={label} placeholder={label} value={value} onChange={(e) => onChange(e.target.value)} />
  )
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="style-form" className="max-w-3xl">
        <Drawer.Header>
          <Drawer.Title>{source === "vendor" ? "New vendor style" : "New design"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          <div className="grid grid-cols-3 gap-3">
            <Field label="Code" htmlFor="style-code" error={errors.code}><Input id="style-code" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} /></Field>
            <Field label="Name" htmlFor="style-name" error={errors.name}><Input id="style-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} /></Field>
            <Field label="Category" htmlFor="style-category" error={errors.category}><Input id="style-category" value={form.category} onChange={(e) => setForm({ ...form, category: e.target.value })} /></Field>
            {source === "vendor" && (
              <>
                <Field label="Vendor" htmlFor="style-vendor" error={errors.vendor_name}><Input id="style-vendor" value={form.vendor_name} onChange={(e) => setForm({ ...form, vendor_name: e.target.value })} /></Field>
                <Field label="Vendor SKU" htmlFor="style-vendor-sku" error={errors.vendor_sku}><Input id="style-vendor-sku" value={form.vendor_sku} onChange={(e) => setForm({ ...form, vendor_sku: e.target.value })} /></Field>
              </>
            )}
            <Field label="Lead time (days)" htmlFor="style-lead" error={errors.lead_time_days}><Input id="style-lead" type="number" min={0} value={form.lead_time_days} onChange={(e) => setForm({ ...form, lead_time_days: e.target.value })} /></Field>
          </div>
          <Field label="Image URL" htmlFor="style-image" error={errors.image_url}><Input id="style-image" value={form.image_url} onChange={(e) => setForm({ ...form, image_url: e.target.value })} /></Field>
          <Field label="Description" htmlFor="style-description"><Textarea id="style-description" value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} /></Field>
          <div>
            <div className="flex items-center justify-between">
              <Text size="small" weight="plus">Bill of materials</Text>
              <Button size="small" variant="transparent" onClick={() => setBom([...bom, newBom()])} data-testid="add-bom-line"><Plus /> Line</Button>
            </div>
            {errors["bom_lines.weight"] && <Text size="xsmall" className="text-ui-fg-error">{errors["bom_lines.weight"]}</Text>}
            <div className="flex flex-col gap-y-2" data-testid="bom-lines">
              {bom.map((l, i) => (
                <div key={i} className="flex flex-wrap items-center gap-1" data-testid="bom-line">
                  <Select size="small" value={l.kind} onValueChange={(v) => setLine(i, { kind: v, cost_per: v === "metal" ? "weight" : "piece" })}>
                    <Select.Trigger className="w-24" aria-label="Kind"><Select.Value /></Select.Trigger>
                    <Select.Content>
                      {["metal", "stone", "finding"].map((k) => <Select.Item key={k} value={k}>{k}</Select.Item>)}
                    </Select.Content>
                  </Select>
                  {l.kind === "metal" && small(l.purity, (v) => setLine(i, { purity: v }), "Purity")}
                  {l.kind === "stone" && small(l.shape, (v) => setLine(i, { shape: v }), "Shape")}
                  {l.kind === "stone" && small(l.size, (v) => setLine(i, { size: v }), "Size")}
                  {l.kind === "finding" && small(l.description, (v) => setLine(i, { description: v }), "Finding", "w-32")}
                  {small(l.quantity, (v) => setLine(i, { quantity: v }), "Count", "w-16")}
                  {small(l.weight, (v) => setLine(i, { weight: v }), l.kind === "stone" ? "Carats" : "Weight")}
                  <Select size="small" value={l.weight_unit} onValueChange={(v) => setLine(i, { weight_unit: v })}>
                    <Select.Trigger className="w-20" aria-label="Unit"><Select.Value /></Select.Trigger>
                    <Select.Content>{WEIGHT_UNITS.map((u) => <Select.Item key={u} value={u}>{u}</Select.Item>)}</Select.Content>
                  </Select>
                  {small(l.unit_cost, (v) => setLine(i, { unit_cost: v }), "Unit cost")}
                  <Select size="small" value={l.cost_per} onValueChange={(v) => setLine(i, { cost_per: v })}>
                    <Select.Trigger className="w-28" aria-label="Cost per"><Select.Value /></Select.Trigger>
                    <Select.Content>
                      <Select.Item value="piece">per piece</Select.Item>
                      <Select.Item value="weight">per weight</Select.Item>
                    </Select.Content>
                  </Select>
                  <IconButton size="small" variant="transparent" onClick={() => setBom(bom.filter((_, j) => j !== i))} aria-label="Remove line"><Trash /></IconButton>
                </div>
              ))}
            </div>
          </div>
          <div>
            <div className="flex items-center justify-between">
              <Text size="small" weight="plus">Labour per stage</Text>
              <Button size="small" variant="transparent" onClick={() => setLabor([...labor, { stage_name: "", cost: "" }])} data-testid="add-labor-line"><Plus /> Stage</Button>
            </div>
            {labor.map((l, i) => (
              <div key={i} className="flex items-center gap-1 pt-1" data-testid="labor-line">
                {small(l.stage_name, (v) => setLabor(labor.map((x, j) => (j === i ? { ...x, stage_name: v } : x))), "Stage", "w-48")}
                {small(l.cost, (v) => setLabor(labor.map((x, j) => (j === i ? { ...x, cost: v } : x))), "Cost")}
              </div>
            ))}
          </div>
          {errors._form && <Text className="text-ui-fg-error">{errors._form}</Text>}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild><Button size="small" variant="secondary">Cancel</Button></Drawer.Close>
          <Button size="small" onClick={save} data-testid="save-style">Save</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/**
 * Links a style to the Medusa variant it is sold as. Made to order: a
 * storefront order for that variant opens the style's production job by
 * itself, and the store shows a ship date from the lead time and the queue.
 */
function LinkVariantDrawer({ style, onClose, onSaved }: { style: any | null; onClose: () => void; onSaved: () => void }) {
  const { products } = useLookups()
  const [productId, setProductId] = useState("")
  const [variantId, setVariantId] = useState("")
  const [mto, setMto] = useState(false)
  const { errors, take, clear } = useFieldErrors()
  useEffect(() => {
    if (!style) return
    clear()
    const owner = products.find((p) => p.variants?.some((v) => v.id === style.variant_id))
    setProductId(owner?.id ?? "")
    setVariantId(style.variant_id ?? "")
    setMto(!!style.made_to_order)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [style, products.length])
  const variants = products.find((p) => p.id === productId)?.variants ?? []
  const save = async () => {
    clear()
    try {
      await api(`/admin/styles/${style.id}`, { body: { variant_id: variantId || null, made_to_order: !!variantId && mto } })
      toast.success(mto && variantId ? `${style.code} is now made to order` : `${style.code} saved`)
      onSaved()
      onClose()
    } catch (e) {
      take(e)
    }
  }
  return (
    <Drawer open={!!style} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="link-variant-form">
        <Drawer.Header>
          <Drawer.Title>Sell {style?.code} in the store</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Field label="Product" htmlFor="link-product">
            <OptionSelect id="link-product" value={productId} onChange={(v) => { setProductId(v); setVariantId("") }} options={products.map((p) => [p.id, p.title])} emptyLabel="Not sold in the store" />
          </Field>
          {productId && (
            <Field label="Variant" htmlFor="link-variant" error={errors.variant_id}>
              <OptionSelect id="link-variant" value={variantId} onChange={setVariantId} options={variants.map((v) => [v.id, v.title])} placeholder="Choose the variant" />
            </Field>
          )}
          <div className="flex items-center gap-x-2">
            <Checkbox id="link-mto" checked={mto} disabled={!variantId} onCheckedChange={(v) => setMto(v === true)} />
            <Label htmlFor="link-mto">Made to order: an order for this variant opens a production job by itself</Label>
          </div>
          {errors._form && <Text className="text-ui-fg-error">{errors._form}</Text>}
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" onClick={onClose}>Cancel</Button>
          <Button size="small" onClick={save} data-testid="save-link-variant">Save</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** The style catalog: My Designs and Vendor Styles are two default filters of one list. */
const StylesPage = () => {
  const { t } = useTranslation()
  const [source, setSource] = useState<"own" | "vendor">("own")
  const [q, setQ] = useState("")
  const [open, setOpen] = useState(false)
  const [linking, setLinking] = useState<any | null>(null)
  const { data, reload } = useApi<{ styles: any[]; count: number }>("/admin/styles", { source, q })
  return (
    <Container className="divide-y p-0" data-testid="styles-page">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Styles</Heading>
          <Text size="small" className="text-ui-fg-subtle">Saved designs with their bills of materials, labour and lead times.</Text>
        </div>
        <Button size="small" onClick={() => setOpen(true)} data-testid="new-style"><Plus /> {source === "vendor" ? "New vendor style" : "New design"}</Button>
      </div>
      <div className="flex items-center gap-x-2 px-6 py-3">
        {([["own", "My Designs"], ["vendor", "Vendor Styles"]] as const).map(([s, label]) => (
          <Button key={s} size="small" variant={source === s ? "primary" : "secondary"} className="rounded-full" onClick={() => setSource(s)} data-testid={`chip-${s}`}>
            {label}
          </Button>
        ))}
        <Input type="search" size="small" className="ml-auto w-56" placeholder="Search code, name, SKU" value={q} onChange={(e) => setQ(e.target.value)} data-testid="style-search" />
      </div>
      <div className="px-6 py-4">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Code</Table.HeaderCell>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Category</Table.HeaderCell>
              {source === "vendor" && <Table.HeaderCell>Vendor / SKU</Table.HeaderCell>}
              <Table.HeaderCell>BOM</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Estimate / piece</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("jewelry.metalPrices.styleAtRate")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Lead time</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Store</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.styles ?? []).map((s) => (
              <Table.Row key={s.id} data-testid="style-row" data-code={s.code}>
                <Table.Cell className="font-mono">{s.code}</Table.Cell>
                <Table.Cell>
                  {s.name} {s.made_to_order && <Badge size="2xsmall" color="purple">made to order</Badge>}
                </Table.Cell>
                <Table.Cell>{s.category ?? "-"}</Table.Cell>
                {source === "vendor" && <Table.Cell>{[s.vendor_name, s.vendor_sku].filter(Boolean).join(" · ")}</Table.Cell>}
                <Table.Cell className="max-w-[260px] truncate">
                  {s.bom_lines.map((l: any) => `${l.quantity}× ${l.kind === "metal" ? `${l.purity ?? ""} ${l.weight ?? ""}${l.weight_unit ?? ""}` : l.kind === "stone" ? `${l.shape ?? "stone"} ${l.size ?? ""}` : l.description ?? "finding"}`).join(", ") || "-"}
                </Table.Cell>
                <Table.Cell className="text-right" data-testid="style-estimate">{s.estimate?.per_piece ?? "-"}</Table.Cell>
                <Table.Cell className="text-right"><StyleAtRate styleId={s.id} /></Table.Cell>
                <Table.Cell className="text-right">{s.lead_time_days} d</Table.Cell>
                <Table.Cell className="text-right">
                  <Button size="small" variant="transparent" onClick={() => setLinking(s)} data-testid="link-variant">
                    {s.variant_id ? "Linked" : "Link variant"}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <StyleForm open={open} source={source} onClose={() => setOpen(false)} onSaved={reload} />
      <LinkVariantDrawer style={linking} onClose={() => setLinking(null)} onSaved={reload} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Styles", icon: Swatch })

export default StylesPage
