import { Checkbox, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { OrderWizardState } from "./use-order-wizard"

/** Step 5: what will be ordered, in one sentence, and the terms to accept. */
export function SubmitStep({ wizard }: { wizard: OrderWizardState }) {
  const { t } = useTranslation()
  const rows = wizard.rows.list
  const matched = rows.filter((r) => r.product_id).length
  return (
    <div className="grid max-w-xl gap-4">
      <Text size="small">{t("jewelry.purchasing.wizard.summary", { count: rows.length, matched, described: rows.length - matched })}</Text>
      <div className="flex items-start gap-x-2">
        <Checkbox id="wizard-terms" checked={wizard.terms.value} onCheckedChange={(v) => wizard.terms.set(v === true)} />
        <Label htmlFor="wizard-terms">{wizard.kind === "purchase" ? t("jewelry.purchasing.wizard.termsPurchase") : t("jewelry.purchasing.wizard.termsSales")}</Label>
      </div>
    </div>
  )
}
