import { Input } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useRegions } from "../../../hooks/api/medusa"
import { Field } from "../../field"
import { OptionSelect } from "../../option-select"
import type { Details, OrderWizardState } from "./use-order-wizard"

/** Step 4: currency (a purchase) or region (a sale), the internal budget, and the dates the notes may already have set. */
export function DetailsStep({ wizard }: { wizard: OrderWizardState }) {
  const { t } = useTranslation()
  const regions = useRegions().data ?? []
  const { kind, errors } = wizard
  const { value, set } = wizard.details
  const input = (key: keyof Details, id: string, label: string, props: { type?: string; hint?: string; placeholder?: string; maxLength?: number } = {}) => (
    <Field label={label} htmlFor={id} error={errors[key]} hint={props.hint}>
      <Input id={id} type={props.type} maxLength={props.maxLength} placeholder={props.placeholder} value={value[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </Field>
  )
  return (
    <div className="grid max-w-xl grid-cols-2 gap-4">
      {kind === "purchase" ? (
        input("currency_code", "wizard-currency", t("jewelry.purchasing.wizard.currency"), { hint: t("jewelry.purchasing.wizard.currencyHint"), placeholder: "USD", maxLength: 3 })
      ) : (
        <Field label={t("jewelry.purchasing.wizard.region")} htmlFor="wizard-region" error={errors.region_id}>
          <OptionSelect
            id="wizard-region"
            value={value.region_id}
            onChange={(v) => set({ region_id: v })}
            options={regions.map((r) => [r.id, `${r.name} (${r.currency_code.toUpperCase()})`])}
            emptyLabel={t("jewelry.purchasing.wizard.firstRegion")}
          />
        </Field>
      )}
      {input("budget", "wizard-budget", t("jewelry.purchasing.wizard.budget"))}
      {input("date_required", "wizard-date-required", t("jewelry.purchasing.wizard.dateRequired"), { type: "date", hint: t("jewelry.purchasing.wizard.dateRequiredHint") })}
      {input("deadline", "wizard-deadline", t("jewelry.purchasing.wizard.deadline"), { type: "date" })}
    </div>
  )
}
