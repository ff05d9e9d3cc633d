import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { LossReportResponse } from "../../../types/metal"
import { pct } from "../../lib/format"

/** The report's totals: stages, past standard, loss before and after recovery. */
export function LossSummary({ report }: { report: LossReportResponse }) {
  const { t } = useTranslation()
  const s = report.summary
  const u = report.unit
  const cards: [string, string, string, boolean?][] = [
    ["stages", t("jewelry.loss.stages"), String(s.stages)],
    ["past-standard", t("jewelry.loss.pastStandard"), String(s.past_standard), s.past_standard > 0],
    ["loss-pct", t("jewelry.loss.lossPct"), `${pct(s.loss_pct, 2)} · ${s.loss} ${u}`],
    ["recovered", t("jewelry.loss.recovered"), `${s.recovered} ${u}`],
    ["after-recovery", t("jewelry.loss.afterRecovery"), `${pct(s.loss_after_recovery_pct, 2)} · ${s.loss_after_recovery} ${u}`],
  ]
  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-5" data-testid="loss-summary">
      {cards.map(([id, label, value, alert]) => (
        <div key={id} className="rounded-md border px-3 py-2">
          <Text size="xsmall" className="text-ui-fg-subtle">{label}</Text>
          <Text size="large" weight="plus" className={alert ? "text-ui-fg-error" : undefined} data-testid={`summary-${id}`}>
            {value}
          </Text>
        </div>
      ))}
      <Text size="xsmall" className="text-ui-fg-subtle col-span-full">
        {t("jewelry.loss.summaryNote", { issued: `${s.issued} ${u}` })}
      </Text>
    </div>
  )
}
