import { Input, Textarea } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { INVENTORY_KIND_LABELS, type InventoryKind } from "../../../lib/industry-defaults"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { useStockLocations } from "../../hooks/api/medusa"
import { useInventoryTypes } from "../../hooks/api/production-settings"
import { Field } from "../field"
import { PurityInput } from "../metal/purity-input"
import { OptionSelect } from "../option-select"
import { ProductPicker } from "./product-picker"
import type { RecordForm } from "./record-stock-form"

type TextKey = "shape" | "size" | "color" | "quality" | "weight" | "pieces" | "count" | "rack" | "bin" | "cost_basis" | "image_url" | "notes"

/** The record form's inputs, each with its error beside it (ids stock-<field>). */
export function RecordStockFields({ form, set, errors }: { form: RecordForm; set: (patch: Partial<RecordForm>) => void; errors: Record<string, string | undefined> }) {
  const { t } = useTranslation()
  const types = useInventoryTypes().data ?? []
  const locations = useStockLocations().data ?? []
  const text = (key: TextKey, id: string, label: string, extra: { hint?: string; inputMode?: "decimal"; type?: "number"; min?: number } = {}) => {
    const { hint, ...input } = extra
    return (
      <Field label={label} htmlFor={`stock-${id}`} error={errors[key]} hint={hint}>
        {key === "notes" ? (
          <Textarea id={`stock-${id}`} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
        ) : (
          <Input id={`stock-${id}`} {...input} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
        )}
      </Field>
    )
  }
  const variants = form.product?.variants ?? []
  return (
    <>
      <Field label={t("jewelry.stock.product")} htmlFor="stock-product" error={errors.product_id}>
        <ProductPicker id="stock-product" value={form.product} onChange={(product) => set({ product, variant_id: "" })} />
      </Field>
      {variants.length ? (
        <Field label={t("jewelry.stock.variantOptional")} htmlFor="stock-variant" error={errors.variant_id} hint={t("jewelry.stock.variantHint")}>
          <OptionSelect
            id="stock-variant"
            value={form.variant_id}
            onChange={(variant_id) => set({ variant_id })}
            options={variants.map((v) => [v.id, `${v.title}${v.sku ? ` (${v.sku})` : ""}`])}
            placeholder={t("jewelry.stock.noVariant")}
            emptyLabel={t("jewelry.stock.none")}
          />
        </Field>
      ) : null}
      <Field label={t("jewelry.stock.inventoryType")} htmlFor="stock-type" error={errors.inventory_type_id}>
        <OptionSelect
          id="stock-type"
          value={form.inventory_type_id}
          onChange={(inventory_type_id) => set({ inventory_type_id })}
          options={types.map((ty) => [ty.id, `${INVENTORY_KIND_LABELS[ty.kind as InventoryKind] ?? ty.kind} · ${ty.name}`])}
          placeholder={t("jewelry.stock.chooseType")}
        />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        {text("shape", "shape", t("jewelry.stock.shape"))}
        {text("size", "size", t("jewelry.stock.size"))}
        {text("color", "color", t("jewelry.stock.color"))}
        {text("quality", "quality", t("jewelry.stock.quality"), { hint: t("jewelry.stock.qualityHint") })}
        {text("weight", "weight", t("jewelry.weight"), { inputMode: "decimal" })}
        <Field label={t("jewelry.unit")} htmlFor="stock-unit" error={errors.weight_unit}>
          <OptionSelect id="stock-unit" value={form.weight_unit} onChange={(weight_unit) => set({ weight_unit })} options={WEIGHT_UNIT_CODES.map((u) => [u, u])} />
        </Field>
        {text("pieces", "pieces", t("jewelry.pieces"), { type: "number", min: 0 })}
        {text("count", "count", t("jewelry.stock.howMany"), { type: "number", min: 1, hint: t("jewelry.stock.howManyHint") })}
      </div>
      <PurityInput id="stock-purity" value={{ purity: form.purity, metal: form.metal }} onChange={(p) => set({ purity: p.purity, metal: p.metal })} errors={{ purity: errors.purity, metal: errors.metal }} />
      <Field label={t("jewelry.stock.location")} htmlFor="stock-location" error={errors.location_id}>
        <OptionSelect id="stock-location" value={form.location_id} onChange={(location_id) => set({ location_id })} options={locations.map((l) => [l.id, l.name])} placeholder={t("jewelry.stock.chooseLocation")} />
      </Field>
      <div className="grid grid-cols-3 gap-3">
        {text("rack", "rack", t("jewelry.stock.rack"))}
        {text("bin", "bin", t("jewelry.stock.bin"))}
        {text("cost_basis", "cost", t("jewelry.stock.costBasis"), { inputMode: "decimal" })}
      </div>
      {text("image_url", "image", t("jewelry.stock.imageUrl"))}
      {text("notes", "notes", t("jewelry.notes"))}
    </>
  )
}
