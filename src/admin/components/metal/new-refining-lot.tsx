import { Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { FormModal } from "../form-modal"
import { useNavigate } from "react-router-dom"
import { METAL_LABELS, METALS } from "../../../lib/purity"
import type { CreateRefiningLotBody, Metal } from "../../../types/metal"
import { useCreateRefiningLot } from "../../hooks/api/metal"
import { useSuppliers } from "../../hooks/api/suppliers"
import { useProductionSettings } from "../../hooks/api/production-settings"
import { rowErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { OptionSelect } from "../option-select"
import { ScrapSources } from "./scrap-sources"
import { SweepsRows, type Sweep } from "./sweeps-rows"
import { WasteSources } from "./waste-sources"

const FINENESS = /^\d{1,4}(\.\d{1,2})?$/
const toggle = (set: Set<string>, id: string, on: boolean) => {
  const next = new Set(set)
  if (on) next.add(id)
  else next.delete(id)
  return next
}

/** Collects stage waste, sweeps and scrap items of one metal into a new refining lot. */
export function NewRefiningLot({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const suppliers = useSuppliers()
  const unit = useProductionSettings().data?.default_weight_unit ?? "g"
  const create = useCreateRefiningLot()
  const [metal, setMetal] = useState<Metal | "">("")
  const [supplierId, setSupplierId] = useState("")
  const [notes, setNotes] = useState("")
  const [waste, setWaste] = useState(new Set<string>())
  const [scrap, setScrap] = useState(new Set<string>())
  const [sweeps, setSweeps] = useState<Sweep[]>([])
  const [missing, setMissing] = useState<Record<string, string>>({})
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setMetal("")
      setSupplierId("")
      setNotes("")
      setWaste(new Set())
      setScrap(new Set())
      setSweeps([])
      setMissing({})
      create.reset()
    }
  }
  // What was missing is shown until the form changes.
  useEffect(() => setMissing({}), [metal, waste, scrap, sweeps])
  const keys = [...[...waste].map((id) => `waste:${id}`), ...sweeps.map((s) => `sweep:${s.key}`), ...[...scrap].map((id) => `scrap:${id}`)]
  const errors = { ...rowErrors(create.error, "sources", keys, ["metal", "supplier_id", "sources", "notes"], { description: "sweeps", weight: "sweeps", est_fineness: "sweeps", purity: "sweeps" }), ...missing }

  const save = async () => {
    const need: Record<string, string> = {}
    if (!metal) need.metal = t("jewelry.lots.needMetal")
    if (!keys.length) need.sources = t("jewelry.lots.needSources")
    for (const s of sweeps) if (!s.description.trim() || !s.weight.trim()) need[`sweep:${s.key}`] = t("jewelry.lots.needSweeps")
    setMissing(need)
    if (Object.keys(need).length || !metal) return
    const body: CreateRefiningLotBody = {
      metal,
      supplier_id: supplierId || null,
      notes: notes.trim() || null,
      sources: [
        ...[...waste].map((receipt_id) => ({ kind: "waste" as const, receipt_id })),
        ...sweeps.map((s) => ({
          kind: "sweeps" as const,
          description: s.description.trim(),
          weight: s.weight.trim(),
          weight_unit: s.weight_unit,
          ...(FINENESS.test(s.purity.trim()) ? { est_fineness: s.purity.trim() } : s.purity.trim() ? { purity: s.purity.trim() } : {}),
        })),
        ...[...scrap].map((stock_item_id) => ({ kind: "scrap_item" as const, stock_item_id, full: true })),
      ],
    }
    try {
      const res = await create.mutateAsync(body)
      toast.success(t("jewelry.lots.refiningCreated", { number: res.refining_lot.display_number }))
      onClose()
      navigate(`/metal/lots/refining/${res.refining_lot.id}`)
    } catch {
      // Shown beside the field or row the API named.
    }
  }

  return (
    <FormModal
      open={open}
      onClose={onClose}
      testId="new-refining-lot"
      title={t("jewelry.lots.newRefining")}
      description={t("jewelry.lots.newRefiningHint")}
      formError={errors._form}
      formErrorTestId="refining-form-error"
      submit={{ label: t("jewelry.lots.collect"), onClick: save, pending: create.isPending, testId: "save-refining-lot" }}
      footerNote={<Text size="small" className="text-ui-fg-subtle mr-auto" data-testid="refining-source-count">{t("jewelry.lots.sourceCount", { count: keys.length })}</Text>}
      width="3xl"
    >
      <div className="grid grid-cols-2 gap-4">
        <Field label={t("jewelry.metalLabel")} htmlFor="refining-metal" error={errors.metal}>
          <OptionSelect id="refining-metal" value={metal} placeholder={t("jewelry.lots.chooseMetal")} options={METALS.map((m) => [m, METAL_LABELS[m]])} onChange={(v) => { setMetal(v as Metal); setWaste(new Set()); setScrap(new Set()) }} />
        </Field>
        <Field label={t("jewelry.lots.refinerOptional")} htmlFor="refining-supplier" error={errors.supplier_id} hint={t("jewelry.lots.refinerHint")}>
          <OptionSelect id="refining-supplier" value={supplierId} emptyLabel={t("jewelry.lots.noRefinerYet")} options={(suppliers.data ?? []).map((s) => [s.id, s.name])} onChange={setSupplierId} />
        </Field>
      </div>
      {errors.sources && <Text size="small" className="text-ui-fg-error" role="alert" data-testid="error-sources">{errors.sources}</Text>}
      {metal ? (
        <>
          <WasteSources metal={metal} chosen={waste} onToggle={(id, on) => setWaste((s) => toggle(s, id, on))} errors={errors} />
          <SweepsRows rows={sweeps} onChange={setSweeps} unit={unit} errors={errors} />
          {errors.sweeps && <Text size="small" className="text-ui-fg-error" role="alert">{errors.sweeps}</Text>}
          <ScrapSources metal={metal} chosen={scrap} onToggle={(id, on) => setScrap((s) => toggle(s, id, on))} errors={errors} />
        </>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">{t("jewelry.lots.metalFirst")}</Text>
      )}
      <Field label={t("jewelry.notes")} htmlFor="refining-notes" error={errors.notes}>
        <Textarea id="refining-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
    </FormModal>
  )
}
