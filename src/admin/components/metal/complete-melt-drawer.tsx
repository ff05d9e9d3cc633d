import { Input, RadioGroup, Label, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import type { MeltLot } from "../../../types/metal"
import { useCompleteMeltLot } from "../../hooks/api/metal"
import { fieldErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { OptionSelect } from "../option-select"
import { FormDrawer } from "./form-drawer"

type By = "output_weight" | "loss_fine_weight"

/** What came out of the crucible: the weight poured, or the fine metal lost; the new item follows. */
export function CompleteMeltDrawer({ lot, open, onClose }: { lot: MeltLot; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const complete = useCompleteMeltLot(lot.id)
  const [by, setBy] = useState<By>("output_weight")
  const [value, setValue] = useState("")
  const [unit, setUnit] = useState(lot.unit)
  const [missing, setMissing] = useState<Record<string, string>>({})
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setBy("output_weight")
      setValue("")
      setUnit(lot.unit)
      setMissing({})
      complete.reset()
    }
  }
  const errors = { ...fieldErrors(complete.error, ["output_weight", "loss_fine_weight", "weight_unit"]), ...missing }
  const submit = async () => {
    if (!value.trim()) return setMissing({ [by]: t("jewelry.lots.needWeight") })
    setMissing({})
    try {
      const res = await complete.mutateAsync({ [by]: value.trim(), weight_unit: unit })
      toast.success(t("jewelry.lots.melted", { number: lot.display_number, tag: res.created_item.tag_id }))
      onClose()
    } catch {
      // Shown beside the field.
    }
  }
  return (
    <FormDrawer open={open} onClose={onClose} title={t("jewelry.lots.completeMelt", { number: lot.display_number })} description={t("jewelry.lots.completeMeltHint", { fine: `${lot.fine_in_weight} ${lot.unit}`, purity: lot.purity })} testId="complete-melt" submitLabel={t("jewelry.lots.complete")} busy={complete.isPending} onSubmit={submit} formError={errors._form}>
      <RadioGroup value={by} onValueChange={(v) => setBy(v as By)} className="flex flex-col gap-y-2">
        {(["output_weight", "loss_fine_weight"] as const).map((k) => (
          <div key={k} className="flex items-center gap-x-2">
            <RadioGroup.Item value={k} id={`melt-by-${k}`} />
            <Label htmlFor={`melt-by-${k}`} size="small">{t(`jewelry.lots.by.${k}`)}</Label>
          </div>
        ))}
      </RadioGroup>
      <div className="grid grid-cols-[1fr_100px] gap-2">
        <Field label={by === "output_weight" ? t("jewelry.lots.outputWeight") : t("jewelry.lots.fineLost")} htmlFor="melt-value" error={errors[by]}>
          <Input id="melt-value" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        </Field>
        <Field label={t("jewelry.unit")} htmlFor="melt-unit" error={errors.weight_unit}>
          <OptionSelect id="melt-unit" value={unit} options={WEIGHT_UNIT_CODES.map((u) => [u, u])} onChange={setUnit} />
        </Field>
      </div>
    </FormDrawer>
  )
}
