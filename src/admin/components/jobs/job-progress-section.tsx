import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { JobView } from "../../hooks/api/production-jobs"
import { money } from "../../lib/format"
import { ProductionProgress } from "./progress"

/** Label · amount rows, as the server computed them. */
function Amounts({ rows, testIds = false }: { rows: [string, string, string | undefined][]; testIds?: boolean }) {
  return (
    <>
      {rows.map(([key, label, v]) => (
        <div key={key} className="flex justify-between txt-small"><span>{label}</span><span data-testid={testIds ? `cost-${key}` : undefined}>{money(v)}</span></div>
      ))}
    </>
  )
}

/** Progress and efficiency (SPEC 4, 4a), the actual cost and the bill-of-materials estimate. */
export function JobProgressSection({ view }: { view: JobView }) {
  const { t } = useTranslation()
  const { job, weights, metrics, cost, bom_estimate } = view
  const c = (key: string) => t(`jewelry.job.costs.${key}`)
  return (
    <>
      <div className="px-6 py-4"><Heading level="h2">{t("jewelry.job.progress.heading")}</Heading></div>
      <div className="px-6 py-4">
        <ProductionProgress metrics={metrics} weights={weights} unit={weights.unit} />
        <Text size="xsmall" className="mt-2 text-ui-fg-subtle">
          {job.requested_weight
            ? t("jewelry.job.progress.baseRequested", { base: metrics.base, issued: weights.issued, unit: weights.unit })
            : t("jewelry.job.progress.baseIssued", { base: metrics.base, issued: weights.issued, unit: weights.unit })}
        </Text>
      </div>
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
        <div data-testid="job-cost">
          <Text size="small" weight="plus">{c("actual")}</Text>
          <Amounts testIds rows={[["stages", c("stages"), cost.stages], ["material", c("material"), cost.material], ["stones", c("stones"), cost.stones], ["total", c("total"), cost.total]]} />
        </div>
        {bom_estimate && (
          <div data-testid="job-bom-estimate">
            <Text size="small" weight="plus">{t("jewelry.job.costs.estimate", { count: job.quantity })}</Text>
            <Amounts
              rows={[["metal", c("metal"), bom_estimate.metal], ["stones", c("stones"), bom_estimate.stones], ["findings", c("findings"), bom_estimate.findings], ["labor", c("labour"), bom_estimate.labor], ["total", c("total"), bom_estimate.per_piece]]}
            />
          </div>
        )}
      </div>
    </>
  )
}
