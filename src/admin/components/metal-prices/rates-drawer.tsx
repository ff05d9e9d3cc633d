import { Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { METALS, METAL_LABELS, type Metal } from "../../../lib/purity"
import { RATE_UNITS, type RateUnit } from "../../../lib/metal-prices"
import { useRecordRates } from "../../hooks/api/metal-prices"
import { rowErrors } from "../../lib/field-errors"
import { isoDay } from "../../lib/format"
import { Field } from "../field"
import { OptionSelect } from "../option-select"
import { FormDrawer } from "../metal/form-drawer"

/** Enter the day's rates by hand: one currency, one unit, a rate for each metal given (an empty box is left as it is). */
export function RatesDrawer({ open, onClose, currencies }: { open: boolean; onClose: () => void; currencies: string[] }) {
  const { t } = useTranslation()
  const record = useRecordRates()
  const [currency, setCurrency] = useState("")
  const [unit, setUnit] = useState<RateUnit>("ozt")
  const [day, setDay] = useState("")
  const [values, setValues] = useState<Partial<Record<Metal, string>>>({})
  const [missing, setMissing] = useState("")
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setCurrency(currencies[0] ?? "")
      setDay(isoDay(new Date()))
      setValues({})
      setMissing("")
      record.reset()
    }
  }
  const given = METALS.filter((m) => (values[m] ?? "").trim() !== "")
  const errors = rowErrors(record.error, "rates", given, ["rate", "currency_code", "rate_unit", "rate_date", "metal"], {})
  const submit = async () => {
    if (!given.length) return setMissing(t("jewelry.metalPrices.giveOneRate"))
    setMissing("")
    try {
      await record.mutateAsync({ rates: given.map((metal) => ({ metal, currency_code: currency, rate: values[metal]!.trim(), rate_unit: unit, rate_date: day })) })
      toast.success(t("jewelry.metalPrices.ratesSaved", { count: given.length }))
      onClose()
    } catch {
      // Shown beside the rate.
    }
  }
  return (
    <FormDrawer open={open} onClose={onClose} title={t("jewelry.metalPrices.enterRates")} description={t("jewelry.metalPrices.enterRatesHint")} testId="rates-form" submitLabel={t("jewelry.metalPrices.saveRates")} busy={record.isPending} onSubmit={submit} formError={missing || errors._form || errors.currency_code || errors.rate_date}>
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("jewelry.metalPrices.currency")} htmlFor="rates-currency">
          <OptionSelect id="rates-currency" value={currency} onChange={setCurrency} options={currencies.map((c) => [c, c.toUpperCase()])} />
        </Field>
        <Field label={t("jewelry.metalPrices.per")} htmlFor="rates-unit">
          <OptionSelect id="rates-unit" value={unit} onChange={(v) => setUnit(v as RateUnit)} options={RATE_UNITS.map((u) => [u, t(`jewelry.metalPrices.unit_${u}`)])} />
        </Field>
      </div>
      <Field label={t("jewelry.metalPrices.day")} htmlFor="rates-day">
        <Input id="rates-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      </Field>
      {METALS.map((m) => (
        <Field key={m} label={`${METAL_LABELS[m]} (${currency.toUpperCase()} ${t(`jewelry.metalPrices.unit_${unit}`)})`} htmlFor={`rate-${m}`} error={errors[m]} testId={`rate-field-${m}`}>
          <Input id={`rate-${m}`} inputMode="decimal" value={values[m] ?? ""} onChange={(e) => setValues({ ...values, [m]: e.target.value })} placeholder={t("jewelry.metalPrices.leaveEmpty")} />
        </Field>
      ))}
    </FormDrawer>
  )
}
