import { Heading, Text } from "@medusajs/ui"
import type { JobView } from "../../hooks/api/production-jobs"
import { money } from "../../lib/format"
import { ProductionProgress } from "./progress"

/** Progress and efficiency (SPEC 4, 4a), the actual cost and the bill-of-materials estimate. */
export function JobProgressSection({ view }: { view: JobView }) {
  const { job, weights, metrics, cost, bom_estimate } = view
  return (
    <>
      <div className="px-6 py-4"><Heading level="h2">Progress and efficiency</Heading></div>
      <div className="px-6 py-4">
        <ProductionProgress metrics={metrics} weights={weights} unit={weights.unit} />
        <Text size="xsmall" className="mt-2 text-ui-fg-subtle">Base: {metrics.base} {weights.unit} ({job.requested_weight ? "requested" : "issued"} weight). Issued {weights.issued} {weights.unit}.</Text>
      </div>
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
        <div data-testid="job-cost">
          <Text size="small" weight="plus">Actual cost</Text>
          {[["Stages", cost.stages], ["Material", cost.material], ["Stones", cost.stones], ["Total", cost.total]].map(([k, v]) => (
            <div key={k} className="flex justify-between txt-small"><span>{k}</span><span data-testid={`cost-${k.toLowerCase()}`}>{money(v)}</span></div>
          ))}
        </div>
        {bom_estimate && (
          <div data-testid="job-bom-estimate">
            <Text size="small" weight="plus">Bill-of-materials estimate (× {job.quantity})</Text>
            {[["Metal", bom_estimate.metal], ["Stones", bom_estimate.stones], ["Findings", bom_estimate.findings], ["Labour", bom_estimate.labor], ["Total", bom_estimate.per_piece]].map(([k, v]) => (
              <div key={k} className="flex justify-between txt-small"><span>{k}</span><span>{money(v)}</span></div>
            ))}
          </div>
        )}
      </div>
    </>
  )
}
