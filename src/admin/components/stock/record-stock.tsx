import { Button, Drawer, Input, Text, Textarea, toast } from "@medusajs/ui"
import { OptionSelect } from "../option-select"
import { useState } from "react"
import { Field } from "../field"
import { useFieldErrors } from "../../hooks/use-api"
import { KIND_LABELS, useLookups, WEIGHT_UNITS } from "../../hooks/use-lookups"
import { api } from "../../lib/api"
import { PurityInput } from "../metal/purity-input"
import type { Metal } from "../../../lib/purity"

/** Records stock items: one, or several identical ones at once, each with its own tag ID. */
export function RecordStock({ open, onClose, onDone, productId }: { open: boolean; onClose: () => void; onDone: () => void; productId?: string }) {
  const lookups = useLookups()
  const blank = {
    product_id: productId ?? "",
    variant_id: "",
    inventory_type_id: "",
    shape: "",
    size: "",
    color: "",
    quality: "",
    purity: "",
    metal: "" as Metal | "",
    weight: "",
    weight_unit: lookups.defaultUnit,
    pieces: "1",
    count: "1",
    location_id: "",
    rack: "",
    bin: "",
    cost_basis: "",
    image_url: "",
    notes: "",
  }
  const [form, setForm] = useState(blank)
  const { errors, take, clear } = useFieldErrors()
  const [saving, setSaving] = useState(false)
  // A fresh form each time the drawer opens, set during render so nothing typed is wiped.
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setForm({ ...blank, location_id: lookups.locations[0]?.id ?? "" })
      clear()
    }
  }
  const product = lookups.products.find((p) => p.id === form.product_id)
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value })
  const save = async () => {
    clear()
    const n = Number(form.count)
    if (!Number.isInteger(n) || n < 1 || n > 500) {
      take({ field: "count", message: "count: record 1 to 500 items at a time" })
      return
    }
    const item: Record<string, unknown> = {
      product_id: form.product_id,
      variant_id: form.variant_id || null,
      inventory_type_id: form.inventory_type_id,
      shape: form.shape || null,
      size: form.size || null,
      color: form.color || null,
      quality: form.quality || null,
      ...(form.purity.trim() ? { purity: form.purity.trim(), metal: form.metal || null } : {}),
      weight: form.weight,
      weight_unit: form.weight_unit,
      pieces: form.pieces === "" ? 1 : Number(form.pieces),
      location_id: form.location_id,
      rack: form.rack || null,
      bin: form.bin || null,
      cost_basis: form.cost_basis || null,
      image_url: form.image_url || null,
      notes: form.notes || null,
    }
    setSaving(true)
    try {
      const res = await api("/admin/stock-items", { body: { items: Array.from({ length: n }, () => item) } })
      const tags = res.stock_items.map((i: any) => i.tag_id)
      toast.success(`Recorded ${tags.length === 1 ? tags[0] : `${tags.length} items: ${tags[0]} … ${tags[tags.length - 1]}`}`)
      onDone()
      onClose()
    } catch (e) {
      take(e)
    } finally {
      setSaving(false)
    }
  }
  const select = (id: string, value: string, onChange: (v: string) => void, options: [string, string][], placeholder: string, optional = false) => (
    <OptionSelect id={id} value={value} onChange={onChange} options={options} placeholder={placeholder} emptyLabel={optional ? "None" : undefined} />
  )
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="record-stock-form">
        <Drawer.Header>
          <Drawer.Title>Record stock</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          <Field label="Product" htmlFor="stock-product" error={errors.product_id}>
            {select("stock-product", form.product_id, (v) => setForm({ ...form, product_id: v, variant_id: "" }), lookups.products.map((p) => [p.id, p.title]), "Choose a product")}
          </Field>
          {product?.variants?.length ? (
            <Field label="Variant (optional)" htmlFor="stock-variant" error={errors.variant_id} hint="Medusa's stock of the variant follows the available pieces.">
              {select("stock-variant", form.variant_id, (v) => setForm({ ...form, variant_id: v }), product.variants.map((v) => [v.id, `${v.title}${v.sku ? ` (${v.sku})` : ""}`]), "No variant", true)}
            </Field>
          ) : null}
          <Field label="Inventory type" htmlFor="stock-type" error={errors.inventory_type_id}>
            {select(
              "stock-type",
              form.inventory_type_id,
              (v) => setForm({ ...form, inventory_type_id: v }),
              lookups.types.map((t) => [t.id, `${KIND_LABELS[t.kind]} · ${t.name}`]),
              "Choose a type"
            )}
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Shape" htmlFor="stock-shape" error={errors.shape}><Input id="stock-shape" value={form.shape} onChange={set("shape")} /></Field>
            <Field label="Size" htmlFor="stock-size" error={errors.size}><Input id="stock-size" value={form.size} onChange={set("size")} /></Field>
            <Field label="Color" htmlFor="stock-color" error={errors.color}><Input id="stock-color" value={form.color} onChange={set("color")} /></Field>
            <Field label="Quality" htmlFor="stock-quality" error={errors.quality} hint="Stones: VS1, AAA."><Input id="stock-quality" value={form.quality} onChange={set("quality")} /></Field>
            <Field label="Weight" htmlFor="stock-weight" error={errors.weight}><Input id="stock-weight" inputMode="decimal" value={form.weight} onChange={set("weight")} /></Field>
            <Field label="Unit" htmlFor="stock-unit" error={errors.weight_unit}>
              {select("stock-unit", form.weight_unit, (v) => setForm({ ...form, weight_unit: v }), WEIGHT_UNITS.map((u) => [u, u]), "Unit")}
            </Field>
            <Field label="Pieces" htmlFor="stock-pieces" error={errors.pieces}><Input id="stock-pieces" type="number" min={0} value={form.pieces} onChange={set("pieces")} /></Field>
            <Field label="How many items" htmlFor="stock-count" error={errors.count} hint="Identical items, each tagged."><Input id="stock-count" type="number" min={1} value={form.count} onChange={set("count")} /></Field>
          </div>
          <PurityInput
            id="stock-purity"
            value={{ purity: form.purity, metal: form.metal }}
            onChange={(p) => setForm({ ...form, purity: p.purity, metal: p.metal })}
            errors={{ purity: errors.purity, metal: errors.metal }}
          />
          <Field label="Location" htmlFor="stock-location" error={errors.location_id}>
            {select("stock-location", form.location_id, (v) => setForm({ ...form, location_id: v }), lookups.locations.map((l) => [l.id, l.name]), "Choose a location")}
          </Field>
          <div className="grid grid-cols-3 gap-3">
            <Field label="Rack" htmlFor="stock-rack" error={errors.rack}><Input id="stock-rack" value={form.rack} onChange={set("rack")} /></Field>
            <Field label="Bin" htmlFor="stock-bin" error={errors.bin}><Input id="stock-bin" value={form.bin} onChange={set("bin")} /></Field>
            <Field label="Cost basis" htmlFor="stock-cost" error={errors.cost_basis}><Input id="stock-cost" inputMode="decimal" value={form.cost_basis} onChange={set("cost_basis")} /></Field>
          </div>
          <Field label="Image URL" htmlFor="stock-image" error={errors.image_url}><Input id="stock-image" value={form.image_url} onChange={set("image_url")} /></Field>
          <Field label="Notes" htmlFor="stock-notes" error={errors.notes}><Textarea id="stock-notes" value={form.notes} onChange={set("notes")} /></Field>
          {errors._form && <Text className="text-ui-fg-error">{errors._form}</Text>}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">Cancel</Button>
          </Drawer.Close>
          <Button size="small" onClick={save} isLoading={saving} data-testid="save-stock">
            Record
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
