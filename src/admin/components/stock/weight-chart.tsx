import { Text } from "@medusajs/ui"
import BigNumber from "bignumber.js"
import { useTranslation } from "react-i18next"
import { displayWeight } from "../../../lib/units"
import { sum } from "../../lib/format"

type Point = { day: string; added: string; deducted: string }

const W = 720
const H = 180
const LEFT = 64 // room for the weight axis
const BOTTOM = 28 // room for the date axis
const TOP = 8

/**
 * Weight added vs deducted per day: green bars up, red bars down, around a
 * zero line. The vertical axis is weight in the report unit, the horizontal
 * one the days. Totals are exact decimals; only bar heights are pixels.
 */
export function WeightChart({ series, unit, days }: { series: Point[]; unit: string; days: number }) {
  const { t } = useTranslation()
  const byDay = new Map(series.map((p) => [p.day, p]))
  const start = new Date(Date.now() - (days - 1) * 86400000)
  const all = Array.from({ length: days }, (_, i) => {
    const d = new Date(start.getTime() + i * 86400000).toISOString().slice(0, 10)
    const p = byDay.get(d)
    return { day: d, added: p?.added ?? "0", deducted: p?.deducted ?? "0" }
  })
  const max = BigNumber.max(new BigNumber("0.000000001"), ...all.map((p) => BigNumber.max(p.added, p.deducted)))
  const plot = W - LEFT
  const mid = TOP + (H - TOP - BOTTOM) / 2
  const half = mid - TOP
  const px = (v: string) => new BigNumber(v).div(max).times(half).toNumber()
  const bar = plot / days
  const ticks = [0, Math.floor((days - 1) / 2), days - 1]
  return (
    <div data-testid="weight-chart">
      <div className="flex gap-x-4 pb-2">
        <Text size="xsmall" className="text-ui-fg-subtle" data-testid="chart-added">
          <span className="inline-block h-2 w-2 rounded-sm bg-ui-tag-green-icon" /> {t("jewelry.stock.chart.added", { weight: displayWeight(sum(all.map((p) => p.added)), unit) })}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle" data-testid="chart-deducted">
          <span className="inline-block h-2 w-2 rounded-sm bg-ui-tag-red-icon" /> {t("jewelry.stock.chart.deducted", { weight: displayWeight(sum(all.map((p) => p.deducted)), unit) })}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">{t("jewelry.stock.chart.lastDays", { count: days })}</Text>
      </div>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-44 w-full" role="img" aria-label={t("jewelry.stock.chart.label", { unit, count: days })}>
        <g className="fill-ui-fg-subtle" fontSize={10} data-testid="chart-y-axis">
          <text x={LEFT - 6} y={TOP + 8} textAnchor="end">+{displayWeight(max.toFixed(), unit)}</text>
          <text x={LEFT - 6} y={mid + 3} textAnchor="end">0 {unit}</text>
          <text x={LEFT - 6} y={mid + half} textAnchor="end">−{displayWeight(max.toFixed(), unit)}</text>
        </g>
        <line x1={LEFT} x2={LEFT} y1={TOP} y2={mid + half} className="stroke-ui-border-strong" strokeWidth={1} />
        <line x1={LEFT} x2={W} y1={mid} y2={mid} className="stroke-ui-border-base" strokeWidth={1} />
        <g className="fill-ui-fg-subtle" fontSize={10} data-testid="chart-x-axis">
          {ticks.map((i) => (
            <text key={i} x={LEFT + i * bar + bar / 2} y={H - 8} textAnchor={i === 0 ? "start" : i === days - 1 ? "end" : "middle"}>
              {new Date(`${all[i].day}T00:00:00`).toLocaleDateString(undefined, { month: "short", day: "numeric" })}
            </text>
          ))}
        </g>
        {all.map((p, i) => (
          <g key={p.day}>
            {!new BigNumber(p.added).isZero() && (
              <rect data-testid="bar-added" x={LEFT + i * bar + 0.5} width={Math.max(1, bar - 1)} y={mid - px(p.added)} height={px(p.added)} className="fill-ui-tag-green-icon">
                <title>{`${p.day}: +${displayWeight(p.added, unit)}`}</title>
              </rect>
            )}
            {!new BigNumber(p.deducted).isZero() && (
              <rect data-testid="bar-deducted" x={LEFT + i * bar + 0.5} width={Math.max(1, bar - 1)} y={mid} height={px(p.deducted)} className="fill-ui-tag-red-icon">
                <title>{`${p.day}: −${displayWeight(p.deducted, unit)}`}</title>
              </rect>
            )}
          </g>
        ))}
      </svg>
    </div>
  )
}
