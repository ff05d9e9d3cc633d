import { ExclamationCircle } from "@medusajs/icons"
import { Button, Prompt, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { INDUSTRIES, type Industry } from "../../../lib/industry-defaults"
import { useResetProductionCatalog } from "../../hooks/api/production-catalog"
import { Section } from "../field"
import { SelectField } from "./select-field"

/** Reset: reload the industry's default stage catalog, after an explicit confirmation. */
export function ResetSection({ industry, readOnly }: { industry: Industry; readOnly: boolean }) {
  const { t } = useTranslation()
  const [target, setTarget] = useState<Industry>(industry)
  const [open, setOpen] = useState(false)
  const reset = useResetProductionCatalog()
  useEffect(() => setTarget(industry), [industry])
  const label = (i: Industry) => t(`jewelry.settings.industries.${i}`)

  const confirm = () =>
    reset.mutate(target, {
      onSuccess: ({ reset: r }) => {
        toast.success(t("jewelry.settings.resetDone"), {
          // Where the dashboard's other toasts appear (giving props drops @medusajs/ui's default).
          position: "top-right",
          description: t("jewelry.settings.resetSummary", { created: r.stages_created, industry: label(r.industry).toLowerCase(), removed: r.stages_removed, archived: r.stages_archived }),
        })
      },
      onError: (e) => toast.error(e.message),
      onSettled: () => setOpen(false),
    })

  return (
    <Section title={t("jewelry.settings.resetTitle")} description={t("jewelry.settings.resetDescription")} testId="section-reset">
      <div className="flex flex-col gap-y-4">
        <div className="bg-ui-bg-subtle shadow-borders-base flex items-start gap-x-3 rounded-lg p-3" data-testid="reset-warning">
          <ExclamationCircle className="text-ui-fg-error mt-0.5 shrink-0" />
          <div>
            <Text size="small" weight="plus">
              {t("jewelry.settings.warning")}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {t("jewelry.settings.resetWarning")}
            </Text>
          </div>
        </div>
        {!readOnly && (
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div className="w-full max-w-[240px]">
              <SelectField id="reset-industry" label={t("jewelry.settings.industry")} value={target} options={INDUSTRIES.map((i) => ({ value: i, label: label(i) }))} onChange={(v) => setTarget(v as Industry)} />
            </div>
            <Button size="small" variant="danger" onClick={() => setOpen(true)} data-testid="reset-stages">
              {t("jewelry.settings.resetAction")}
            </Button>
          </div>
        )}
      </div>
      <Prompt open={open} onOpenChange={(o) => !reset.isPending && setOpen(o)}>
        <Prompt.Content data-testid="reset-confirm">
          <Prompt.Header>
            <Prompt.Title>{t("jewelry.settings.resetConfirmTitle")}</Prompt.Title>
            <Prompt.Description>{t("jewelry.settings.resetConfirmDescription", { industry: label(target).toLowerCase() })}</Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel disabled={reset.isPending}>{t("jewelry.cancel")}</Prompt.Cancel>
            <Prompt.Action
              disabled={reset.isPending}
              onClick={(e) => {
                // Keep the dialog open until the reset has answered.
                e.preventDefault()
                confirm()
              }}
              data-testid="confirm-reset"
            >
              {t("jewelry.settings.resetConfirm")}
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Section>
  )
}
