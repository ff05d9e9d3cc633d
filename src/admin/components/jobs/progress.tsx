import { Text } from "@medusajs/ui"

const BUCKETS: [string, string, string][] = [
  ["received", "Received", "bg-ui-tag-green-icon"],
  ["rejected", "Rejected", "bg-ui-tag-orange-icon"],
  ["scrapped", "Scrapped", "bg-ui-tag-red-icon"],
  ["waste", "Waste", "bg-ui-fg-muted"],
  ["pending", "Pending", "bg-ui-bg-component-hover"],
]

const pct = (v: number | null) => (v === null || v === undefined ? "—" : `${v.toFixed(1)}%`)

/** The five-bucket progress bar and the four efficiency figures of a job (or an order). */
export function ProductionProgress({ metrics, weights, unit }: { metrics: any; weights: Record<string, string | null>; unit: string }) {
  return (
    <div data-testid="production-progress">
      <div className="flex h-3 w-full overflow-hidden rounded-full bg-ui-bg-component" role="img" aria-label="Progress by bucket">
        {BUCKETS.map(([k, , cls]) => {
          const share = metrics.shares[k]
          return share ? <div key={k} className={cls} style={{ width: `${Math.min(100, share)}%` }} title={`${k} ${share}%`} data-testid={`bar-${k}`} /> : null
        })}
      </div>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {BUCKETS.map(([k, label, cls]) => (
          <Text key={k} size="xsmall" className="text-ui-fg-subtle">
            <span className={`mr-1 inline-block h-2 w-2 rounded-sm ${cls}`} />
            {label} {k === "pending" ? metrics.pending : weights[k]} {unit} ({pct(metrics.shares[k])})
          </Text>
        ))}
      </div>
      <div className="mt-3 grid grid-cols-2 gap-2 md:grid-cols-4">
        {[
          ["Output", metrics.output_pct, "metric-output"],
          ["Gross waste", metrics.gross_waste_pct, "metric-gross-waste"],
          ["Net waste", metrics.net_waste_pct, "metric-net-waste"],
          ["Consumption", metrics.consumption_pct, "metric-consumption"],
        ].map(([label, v, id]) => (
          <div key={id as string} className="rounded-md border px-3 py-2">
            <Text size="xsmall" className="text-ui-fg-subtle">{label as string} %</Text>
            <Text size="large" weight="plus" data-testid={id as string}>{pct(v as number | null)}</Text>
          </div>
        ))}
      </div>
    </div>
  )
}
