import { Button, Container, Heading, ProgressTabs, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DetailsStep } from "./wizard/details-step"
import { NotesStep } from "./wizard/notes-step"
import { PartyStep } from "./wizard/party-step"
import { ProductsStep } from "./wizard/products-step"
import { SubmitStep } from "./wizard/submit-step"
import { STEPS, useOrderWizard, type OrderWizardState, type Step } from "./wizard/use-order-wizard"
import type { WizardKind } from "./wizard/rows"

export type { Row, WizardKind } from "./wizard/rows"
export { rowFromExtraction, sourceLine } from "./wizard/rows"

const CONTENT: Record<Step, (p: { wizard: OrderWizardState }) => JSX.Element> = {
  party: PartyStep,
  notes: NotesStep,
  products: ProductsStep,
  details: DetailsStep,
  submit: SubmitStep,
}

/**
 * The creation wizard for both kinds of order: supplier or customer and the
 * internal order lead; the notes; the requested products prepared from the
 * notes and corrected in an editable table; order details; accept terms and
 * submit. A purchase order is the plugin's own; a sales order is a real
 * Medusa order.
 */
export function OrderWizard({ kind }: { kind: WizardKind }) {
  const { t } = useTranslation()
  const wizard = useOrderWizard(kind)
  const { step, go, errors } = wizard
  const at = STEPS.indexOf(step)
  const formError = errors._form ?? errors.terms_accepted ?? errors.lines
  const title: Record<Step, string> = {
    party: kind === "purchase" ? t("jewelry.purchasing.wizard.supplier") : t("jewelry.purchasing.wizard.customer"),
    notes: t("jewelry.notes"),
    products: t("jewelry.purchasing.wizard.requested"),
    details: t("jewelry.purchasing.wizard.orderDetails"),
    submit: t("jewelry.purchasing.wizard.termsStep"),
  }
  return (
    <Container className="divide-y p-0" data-testid="order-wizard">
      <div className="px-6 py-4">
        <Heading>{kind === "purchase" ? t("jewelry.purchasing.wizard.newPurchase") : t("jewelry.purchasing.wizard.newSales")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {kind === "purchase" ? t("jewelry.purchasing.wizard.purchaseIntro") : t("jewelry.purchasing.wizard.salesIntro")}
        </Text>
      </div>
      <ProgressTabs value={step} onValueChange={(v) => go(v as Step)}>
        <ProgressTabs.List className="border-b">
          {STEPS.map((s, i) => (
            <ProgressTabs.Trigger key={s} value={s} status={at > i ? "completed" : at === i ? "in-progress" : "not-started"}>
              {title[s]}
            </ProgressTabs.Trigger>
          ))}
        </ProgressTabs.List>
        <div className="px-6 py-6">
          {STEPS.map((s) => {
            const Content = CONTENT[s]
            return (
              <ProgressTabs.Content key={s} value={s}>
                <Content wizard={wizard} />
              </ProgressTabs.Content>
            )
          })}
          {formError && (
            <Text className="mt-4 text-ui-fg-error" role="alert" data-testid="wizard-error">
              {formError}
            </Text>
          )}
        </div>
      </ProgressTabs>
      <div className="flex justify-between px-6 py-4">
        <Button variant="secondary" disabled={step === "party"} onClick={() => go(STEPS[at - 1])}>
          {t("jewelry.purchasing.wizard.back")}
        </Button>
        {step === "submit" ? (
          <Button onClick={wizard.submit} isLoading={wizard.saving} data-testid="wizard-submit">
            {t("jewelry.purchasing.submit")}
          </Button>
        ) : (
          <Button onClick={() => go(STEPS[at + 1])} isLoading={wizard.rows.extracting} data-testid="wizard-next">
            {t("jewelry.purchasing.wizard.continue")}
          </Button>
        )}
      </div>
    </Container>
  )
}
