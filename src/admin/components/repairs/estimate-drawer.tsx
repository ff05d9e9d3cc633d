import { Input, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import type { Repair } from "../../../types/repairs"
import { useStoreCurrencies } from "../../hooks/api/medusa"
import { useEstimateRepair } from "../../hooks/api/repairs"
import { fieldErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { FormDrawer } from "../metal/form-drawer"
import { OptionSelect } from "../option-select"

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "")

/** The estimate for the customer (again, until they approve it): amount, currency, notes and the promised date. */
export function EstimateDrawer({ repair, open, onClose }: { repair: Repair; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const currencies = useStoreCurrencies().data ?? []
  const estimate = useEstimateRepair(repair.id)
  const [f, setF] = useState({ amount: "", currency: "", notes: "", promised: "" })
  const [missing, setMissing] = useState<Record<string, string>>({})
  const [wasOpen, setWasOpen] = useState(false)
  // What was missing is shown until the form changes.
  useEffect(() => setMissing({}), [f])
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setF({ amount: repair.estimate_amount ?? "", currency: repair.currency_code ?? "", notes: repair.estimate_notes ?? "", promised: day(repair.promised_date) })
      setMissing({})
      estimate.reset()
    }
  }
  const currency = f.currency || currencies[0] || ""
  const errors = { ...fieldErrors(estimate.error, ["estimate_amount", "currency_code", "estimate_notes", "promised_date"]), ...missing }
  const submit = async () => {
    if (!f.amount.trim()) return setMissing({ estimate_amount: t("jewelry.repairs.needEstimate") })
    setMissing({})
    try {
      await estimate.mutateAsync({
        estimate_amount: f.amount.trim(),
        currency_code: currency,
        estimate_notes: f.notes.trim() || null,
        promised_date: f.promised ? new Date(`${f.promised}T12:00:00`).toISOString() : null,
      })
      toast.success(t("jewelry.repairs.estimated"))
      onClose()
    } catch {
      // Shown beside the field.
    }
  }
  return (
    <FormDrawer open={open} onClose={onClose} title={t("jewelry.repairs.estimateTitle")} description={t("jewelry.repairs.estimateHint")} testId="estimate-repair" submitLabel={t("jewelry.repairs.saveEstimate")} busy={estimate.isPending} onSubmit={submit} formError={errors._form}>
      <div className="grid grid-cols-[1fr_110px] gap-2">
        <Field label={t("jewelry.repairs.estimate")} htmlFor="estimate-amount" error={errors.estimate_amount}>
          <Input id="estimate-amount" inputMode="decimal" value={f.amount} onChange={(e) => setF({ ...f, amount: e.target.value })} placeholder="85.00" />
        </Field>
        <Field label={t("jewelry.repairs.currency")} htmlFor="estimate-currency" error={errors.currency_code}>
          <OptionSelect id="estimate-currency" value={currency} options={currencies.map((c) => [c, c.toUpperCase()])} onChange={(v) => setF({ ...f, currency: v })} />
        </Field>
      </div>
      <Field label={t("jewelry.repairs.estimateNotes")} htmlFor="estimate-notes" error={errors.estimate_notes}>
        <Textarea id="estimate-notes" value={f.notes} onChange={(e) => setF({ ...f, notes: e.target.value })} />
      </Field>
      <Field label={t("jewelry.repairs.promised")} htmlFor="estimate-promised" error={errors.promised_date}>
        <Input id="estimate-promised" type="date" value={f.promised} onChange={(e) => setF({ ...f, promised: e.target.value })} />
      </Field>
    </FormDrawer>
  )
}
