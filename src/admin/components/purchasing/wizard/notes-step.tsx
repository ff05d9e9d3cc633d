import { Textarea } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Field } from "../../field"
import type { OrderWizardState } from "./use-order-wizard"

/** Step 2: the notes as the request came (an email, a call), read into rows by the next step. */
export function NotesStep({ wizard }: { wizard: OrderWizardState }) {
  const { t } = useTranslation()
  return (
    <div className="grid max-w-3xl gap-2">
      <Field label={t("jewelry.notes")} htmlFor="wizard-notes" hint={t("jewelry.purchasing.wizard.notesHint")} error={wizard.errors.notes}>
        <Textarea
          id="wizard-notes"
          rows={10}
          value={wizard.notes.value}
          onChange={(e) => wizard.notes.set(e.target.value)}
          placeholder={wizard.kind === "purchase" ? t("jewelry.purchasing.wizard.notesExamplePurchase") : t("jewelry.purchasing.wizard.notesExampleSales")}
        />
      </Field>
    </div>
  )
}
