import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { pct } from "../../lib/format"

const BUCKETS: [string, string][] = [
  ["received", "bg-ui-tag-green-icon"],
  ["rejected", "bg-ui-tag-orange-icon"],
  ["scrapped", "bg-ui-tag-red-icon"],
  ["waste", "bg-ui-fg-muted"],
  ["pending", "bg-ui-bg-component-hover"],
]

const METRICS: [string, string][] = [
  ["output", "output_pct"],
  ["grossWaste", "gross_waste_pct"],
  ["netWaste", "net_waste_pct"],
  ["consumption", "consumption_pct"],
]

const testIdOf = (key: string) => `metric-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

/** The five-bucket progress bar and the four efficiency figures of a job (or an order), as the server computed them. */
export function ProductionProgress({ metrics, weights, unit }: { metrics: any; weights: Record<string, string | null>; unit: string }) {
  const { t } = useTranslation()
  return (
    <div data-testid="production-progress">
      <div className="flex h-3 w-full overflow-hidden rounded-full bg-ui-bg-component" role="img" aria-label={t("jewelry.job.progress.bar")}>
        {BUCKETS.map(([k, cls]) => {
          const share = metrics.shares[k]
          return share ? <div key={k} className={cls} style={{ width: `${Math.min(100, share)}%` }} title={`${t(`jewelry.job.progress.${k}`)} ${share}%`} data-testid={`bar-${k}`} /> : null
        })}
      </div>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {BUCKETS.map(([k, cls]) => (
          <Text key={k} size="xsmall" className="text-ui-fg-subtle">
            <span className={`mr-1 inline-block h-2 w-2 rounded-sm ${cls}`} />
            {t(`jewelry.job.progress.${k}`)} {k === "pending" ? metrics.pending : weights[k]} {unit} ({pct(metrics.shares[k])})
          </Text>
        ))}
      </div>
      <div className="mt-3 grid grid-cols-2 gap-2 md:grid-cols-4">
        {METRICS.map(([key, field]) => (
          <div key={key} className="rounded-md border px-3 py-2">
            <Text size="xsmall" className="text-ui-fg-subtle">{t(`jewelry.job.progress.${key}`)} %</Text>
            <Text size="large" weight="plus" data-testid={testIdOf(key)}>{pct(metrics[field])}</Text>
          </div>
        ))}
      </div>
    </div>
  )
}
