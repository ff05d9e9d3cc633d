import { Checkbox, Input, Label, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { MAKING_PER, METAL_SOURCES, ROUNDINGS, ROUNDING_LABELS, type MakingPer, type MetalSource, type Rounding } from "../../../lib/metal-prices"
import type { PriceRule, PriceRuleBody } from "../../../types/metal-prices"
import { useCreatePriceRule, useStyleOptions, useUpdatePriceRule } from "../../hooks/api/metal-prices"
import { useProductOptions } from "../../hooks/api/medusa"
import { fieldErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { OptionSelect } from "../option-select"
import { FormDrawer } from "../metal/form-drawer"

const FIELDS = ["name", "style_id", "product_id", "metal_source", "making_charges", "making_per", "markup_pct", "rounding", "auto_threshold_pct"] as const

/** A price rule: what it prices (a style's variant or a product's variants), where its metal comes from, the making charge per currency, markup and rounding. */
export function RuleDrawer({ rule, open, onClose, currencies }: { rule: PriceRule | null; open: boolean; onClose: () => void; currencies: string[] }) {
  const { t } = useTranslation()
  const create = useCreatePriceRule()
  const update = useUpdatePriceRule(rule?.id ?? "none")
  const mutation = rule ? update : create
  const styles = useStyleOptions(open)
  const products = useProductOptions()
  const [form, setForm] = useState<Required<Omit<PriceRuleBody, "style_id" | "product_id" | "auto_threshold_pct">> & { style_id: string; product_id: string; auto_threshold_pct: string }>(blank())
  const [missing, setMissing] = useState<Record<string, string>>({})
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setForm(rule ? fromRule(rule) : blank())
      setMissing({})
      create.reset()
      update.reset()
    }
  }
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm({ ...form, [k]: v })
  const apiErrors = fieldErrors(mutation.error, FIELDS)
  const makingError = (mutation.error as any)?.message?.match(/^making_charges\.(\w+): (.*)$/)
  const errors = { ...apiErrors, ...missing }
  const submit = async () => {
    if (!form.name.trim()) return setMissing({ name: t("jewelry.metalPrices.needName") })
    setMissing({})
    const charges = Object.fromEntries(Object.entries(form.making_charges).filter(([, v]) => v.trim() !== "").map(([k, v]) => [k, v.trim()]))
    const body: PriceRuleBody = {
      name: form.name.trim(),
      style_id: form.style_id || null,
      product_id: form.product_id || null,
      metal_source: form.metal_source,
      making_charges: charges,
      making_per: form.making_per,
      markup_pct: form.markup_pct.trim() || "0",
      rounding: form.rounding,
      is_active: form.is_active,
      auto_reprice: form.auto_reprice,
      auto_threshold_pct: form.auto_reprice ? form.auto_threshold_pct.trim() || null : null,
    }
    try {
      await mutation.mutateAsync(body)
      toast.success(t("jewelry.metalPrices.ruleSaved", { name: body.name }))
      onClose()
    } catch {
      // Shown beside the field.
    }
  }
  return (
    <FormDrawer open={open} onClose={onClose} title={rule ? t("jewelry.metalPrices.editRule") : t("jewelry.metalPrices.newRule")} description={t("jewelry.metalPrices.ruleHint")} testId="rule-form" submitLabel={t("jewelry.metalPrices.saveRule")} busy={mutation.isPending} onSubmit={submit} formError={errors._form}>
      <Field label={t("jewelry.metalPrices.ruleName")} htmlFor="rule-name" error={errors.name}>
        <Input id="rule-name" value={form.name} onChange={(e) => set("name", e.target.value)} />
      </Field>
      <Field label={t("jewelry.metalPrices.style")} htmlFor="rule-style" error={errors.style_id} hint={t("jewelry.metalPrices.styleHint")}>
        <OptionSelect id="rule-style" value={form.style_id} onChange={(v) => set("style_id", v)} emptyLabel={t("jewelry.metalPrices.noStyle")} options={(styles.data ?? []).map((s) => [s.id, `${s.code} · ${s.name}`])} />
      </Field>
      <Field label={t("jewelry.metalPrices.product")} htmlFor="rule-product" error={errors.product_id} hint={t("jewelry.metalPrices.productHint")}>
        <OptionSelect id="rule-product" value={form.product_id} onChange={(v) => set("product_id", v)} emptyLabel={t("jewelry.metalPrices.noProduct")} options={(products.data ?? []).map((p) => [p.id, p.title])} />
      </Field>
      <Field label={t("jewelry.metalPrices.metalSource")} htmlFor="rule-source" error={errors.metal_source}>
        <OptionSelect id="rule-source" value={form.metal_source} onChange={(v) => set("metal_source", v as MetalSource)} options={METAL_SOURCES.map((s) => [s, t(`jewelry.metalPrices.source_${s}`)])} />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("jewelry.metalPrices.makingPer")} htmlFor="rule-making-per" error={errors.making_per}>
          <OptionSelect id="rule-making-per" value={form.making_per} onChange={(v) => set("making_per", v as MakingPer)} options={MAKING_PER.map((p) => [p, t(`jewelry.metalPrices.making_${p}`)])} />
        </Field>
        <Field label={t("jewelry.metalPrices.markup")} htmlFor="rule-markup" error={errors.markup_pct}>
          <Input id="rule-markup" inputMode="decimal" value={form.markup_pct} onChange={(e) => set("markup_pct", e.target.value)} />
        </Field>
      </div>
      {currencies.map((c) => (
        <Field key={c} label={t("jewelry.metalPrices.makingIn", { currency: c.toUpperCase() })} htmlFor={`rule-making-${c}`} error={makingError?.[1] === c ? makingError[2] : undefined} hint={t("jewelry.metalPrices.makingHint")}>
          <Input id={`rule-making-${c}`} inputMode="decimal" value={form.making_charges[c] ?? ""} onChange={(e) => set("making_charges", { ...form.making_charges, [c]: e.target.value })} />
        </Field>
      ))}
      <Field label={t("jewelry.metalPrices.rounding")} htmlFor="rule-rounding" error={errors.rounding}>
        <OptionSelect id="rule-rounding" value={form.rounding} onChange={(v) => set("rounding", v as Rounding)} options={ROUNDINGS.map((r) => [r, ROUNDING_LABELS[r]])} />
      </Field>
      <div className="flex items-center gap-x-2">
        <Checkbox id="rule-active" checked={form.is_active} onCheckedChange={(v) => set("is_active", v === true)} />
        <Label htmlFor="rule-active">{t("jewelry.metalPrices.active")}</Label>
      </div>
      <div className="flex items-center gap-x-2">
        <Checkbox id="rule-auto" checked={form.auto_reprice} onCheckedChange={(v) => set("auto_reprice", v === true)} />
        <Label htmlFor="rule-auto">{t("jewelry.metalPrices.autoReprice")}</Label>
      </div>
      {form.auto_reprice && (
        <Field label={t("jewelry.metalPrices.threshold")} htmlFor="rule-threshold" error={errors.auto_threshold_pct}>
          <Input id="rule-threshold" inputMode="decimal" value={form.auto_threshold_pct} onChange={(e) => set("auto_threshold_pct", e.target.value)} />
        </Field>
      )}
    </FormDrawer>
  )
}

function blank() {
  return { name: "", style_id: "", product_id: "", metal_source: "bom" as MetalSource, making_charges: {} as Record<string, string>, making_per: "gram" as MakingPer, markup_pct: "0", rounding: "none" as Rounding, is_active: true, auto_reprice: false, auto_threshold_pct: "" }
}

function fromRule(r: PriceRule) {
  return {
    name: r.name,
    style_id: r.style_id ?? "",
    product_id: r.product_id ?? "",
    metal_source: r.metal_source,
    making_charges: { ...r.making_charges },
    making_per: r.making_per,
    markup_pct: r.markup_pct,
    rounding: r.rounding,
    is_active: r.is_active,
    auto_reprice: r.auto_reprice,
    auto_threshold_pct: r.auto_threshold_pct ?? "",
  }
}
