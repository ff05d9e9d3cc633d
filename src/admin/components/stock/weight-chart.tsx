import { Text } from "@medusajs/ui"

type Point = { day: string; added: string; deducted: string }

/** Weight added vs deducted per day: green bars up, red bars down, around one baseline. */
export function WeightChart({ series, unit, days }: { series: Point[]; unit: string; days: number }) {
  const width = 720
  const height = 160
  const mid = height / 2
  const byDay = new Map(series.map((p) => [p.day, p]))
  const start = new Date(Date.now() - (days - 1) * 86400000)
  const all = Array.from({ length: days }, (_, i) => {
    const d = new Date(start.getTime() + i * 86400000).toISOString().slice(0, 10)
    const p = byDay.get(d)
    return { day: d, added: Number(p?.added ?? 0), deducted: Number(p?.deducted ?? 0) }
  })
  const max = Math.max(1e-9, ...all.map((p) => Math.max(p.added, p.deducted)))
  const bar = width / days
  const totalAdded = all.reduce((n, p) => n + p.added, 0)
  const totalDeducted = all.reduce((n, p) => n + p.deducted, 0)
  return (
    <div data-testid="weight-chart">
      <div className="flex gap-x-4 pb-2">
        <Text size="xsmall" className="text-ui-fg-subtle">
          <span className="inline-block h-2 w-2 rounded-sm bg-ui-tag-green-icon" /> Added {totalAdded.toFixed(3)} {unit}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          <span className="inline-block h-2 w-2 rounded-sm bg-ui-tag-red-icon" /> Deducted {totalDeducted.toFixed(3)} {unit}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">last {days} days</Text>
      </div>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-40 w-full" role="img" aria-label={`Weight added and deducted per day, last ${days} days`}>
        <line x1={0} x2={width} y1={mid} y2={mid} className="stroke-ui-border-base" strokeWidth={1} />
        {all.map((p, i) => (
          <g key={p.day}>
            {p.added > 0 && (
              <rect data-testid="bar-added" x={i * bar + 0.5} width={Math.max(1, bar - 1)} y={mid - (p.added / max) * (mid - 4)} height={(p.added / max) * (mid - 4)} className="fill-ui-tag-green-icon">
                <title>{`${p.day}: +${p.added} ${unit}`}</title>
              </rect>
            )}
            {p.deducted > 0 && (
              <rect data-testid="bar-deducted" x={i * bar + 0.5} width={Math.max(1, bar - 1)} y={mid} height={(p.deducted / max) * (mid - 4)} className="fill-ui-tag-red-icon">
                <title>{`${p.day}: −${p.deducted} ${unit}`}</title>
              </rect>
            )}
          </g>
        ))}
      </svg>
    </div>
  )
}
