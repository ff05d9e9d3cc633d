import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { Change } from "../../lib/weight-change"

/** "+0.15 g: metal added", "−0.1 g: metal removed" or "no change", as the bench reads it. */
export function WeightChange({ change, testId = "weight-change" }: { change: Change | null; testId?: string }) {
  const { t } = useTranslation()
  if (!change) return <Text size="small" weight="plus" data-testid={testId}>—</Text>
  const sign = change.direction === "added" ? "+" : change.direction === "removed" ? "−" : ""
  return (
    <Text size="small" weight="plus" data-testid={testId} data-direction={change.direction} className={change.direction === "removed" ? "text-ui-fg-error" : undefined}>
      {change.direction === "same" ? t("jewelry.repairs.change.same") : t(`jewelry.repairs.change.${change.direction}`, { amount: `${sign}${change.amount} ${change.unit}` })}
    </Text>
  )
}
