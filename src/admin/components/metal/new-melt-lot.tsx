import { Input, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { FormModal } from "../form-modal"
import { useNavigate } from "react-router-dom"
import { METAL_LABELS, METALS } from "../../../lib/purity"
import type { Metal } from "../../../types/metal"
import { useCreateMeltLot } from "../../hooks/api/metal"
import { useProductOptions, useStockLocations } from "../../hooks/api/medusa"
import { rowErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { OptionSelect } from "../option-select"
import { MeltInputs, type MeltPick } from "./melt-inputs"

const FIELDS = ["metal", "purity", "product_id", "location_id", "inputs", "notes"] as const

/** Melts stock items into a new item of a chosen purity: fine in = fine out + melting loss. */
export function NewMeltLot({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const products = useProductOptions()
  const locations = useStockLocations()
  const create = useCreateMeltLot()
  const blank = { metal: "" as Metal | "", purity: "", product_id: "", location_id: "" }
  const [form, setForm] = useState(blank)
  const [picks, setPicks] = useState<Record<string, MeltPick>>({})
  const [missing, setMissing] = useState<Record<string, string>>({})
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setForm(blank)
      setPicks({})
      setMissing({})
      create.reset()
    }
  }
  // What was missing is shown until the form changes.
  useEffect(() => setMissing({}), [form, picks])
  // The first location until one is chosen (the list may arrive after the modal opens).
  const locationId = form.location_id || locations.data?.[0]?.id || ""
  const chosen = Object.values(picks)
  const errors = { ...rowErrors(create.error, "inputs", chosen.map((p) => `input:${p.item.id}`), FIELDS, { weight: "inputs", stock_item_id: "inputs", fineness: "purity" }), ...missing }
  const save = async () => {
    const need: Record<string, string> = {}
    if (!form.metal) need.metal = t("jewelry.lots.needMetal")
    if (!form.purity.trim()) need.purity = t("jewelry.lots.needPurity")
    if (!form.product_id) need.product_id = t("jewelry.lots.needProduct")
    if (!locationId) need.location_id = t("jewelry.lots.needLocation")
    if (!chosen.length) need.inputs = t("jewelry.lots.needInputs")
    for (const p of chosen) if (!p.full && !p.weight.trim()) need[`input:${p.item.id}`] = t("jewelry.lots.needPart")
    setMissing(need)
    if (Object.keys(need).length || !form.metal) return
    try {
      const res = await create.mutateAsync({
        metal: form.metal,
        purity: form.purity.trim(),
        product_id: form.product_id,
        location_id: locationId,
        inputs: chosen.map((p) => (p.full ? { stock_item_id: p.item.id, full: true } : { stock_item_id: p.item.id, weight: p.weight.trim(), weight_unit: p.item.weight_unit })),
      })
      toast.success(t("jewelry.lots.meltCreated", { number: res.melt_lot.display_number }))
      onClose()
      navigate(`/metal/lots/melt/${res.melt_lot.id}`)
    } catch {
      // Shown beside the field or row the API named.
    }
  }
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }))
  return (
    <FormModal
      open={open}
      onClose={onClose}
      testId="new-melt-lot"
      title={t("jewelry.lots.newMelt")}
      description={t("jewelry.lots.newMeltHint")}
      formError={errors._form}
      formErrorTestId="melt-form-error"
      submit={{ label: t("jewelry.lots.startMelt"), onClick: save, pending: create.isPending, testId: "save-melt-lot" }}
      width="3xl"
    >
      <div className="grid grid-cols-2 gap-4">
        <Field label={t("jewelry.metalLabel")} htmlFor="melt-metal" error={errors.metal}>
          <OptionSelect id="melt-metal" value={form.metal} placeholder={t("jewelry.lots.chooseMetal")} options={METALS.map((m) => [m, METAL_LABELS[m]])} onChange={(v) => { set({ metal: v as Metal }); setPicks({}) }} />
        </Field>
        <Field label={t("jewelry.lots.targetPurity")} htmlFor="melt-purity" error={errors.purity} hint={t("jewelry.lots.targetPurityHint")}>
          <Input id="melt-purity" value={form.purity} onChange={(e) => set({ purity: e.target.value })} />
        </Field>
        <Field label={t("jewelry.lots.product")} htmlFor="melt-product" error={errors.product_id}>
          <OptionSelect id="melt-product" value={form.product_id} placeholder={t("jewelry.lots.chooseProduct")} options={(products.data ?? []).map((p) => [p.id, p.title])} onChange={(v) => set({ product_id: v })} />
        </Field>
        <Field label={t("jewelry.lots.location")} htmlFor="melt-location" error={errors.location_id}>
          <OptionSelect id="melt-location" value={locationId} placeholder={t("jewelry.lots.chooseLocation")} options={(locations.data ?? []).map((l) => [l.id, l.name])} onChange={(v) => set({ location_id: v })} />
        </Field>
      </div>
      {errors.inputs && <Text size="small" className="text-ui-fg-error" role="alert" data-testid="error-inputs">{errors.inputs}</Text>}
      {form.metal ? <MeltInputs metal={form.metal} picks={picks} onChange={setPicks} errors={errors} /> : <Text size="small" className="text-ui-fg-subtle">{t("jewelry.lots.metalFirst")}</Text>}
    </FormModal>
  )
}
