import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts"
import type { LossPoint } from "../../../types/metal"
import { dateOnly, pct, pctExact } from "../../lib/format"

const RED = "#e11d48"
const BLUE = "#3b82f6"
type Dot = LossPoint & { t: number; y: number }

/**
 * Loss % of each completed job stage over time: the standard as a reference
 * line, points past it in red; a point opens its job.
 */
export function LossChart({ points, standard, unit, onOpen }: { points: LossPoint[]; standard: number | null; unit: string; onOpen: (p: LossPoint) => void }) {
  const { t } = useTranslation()
  const data: Dot[] = points.filter((p) => p.loss_pct !== null).map((p) => ({ ...p, t: new Date(p.completed_at).getTime(), y: p.loss_pct as number }))
  if (!data.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-10 text-center" data-testid="loss-chart-empty">
        {t("jewelry.loss.noPoints")}
      </Text>
    )
  }
  return (
    <div className="h-[360px] w-full px-2 pb-8 pt-4" data-testid="loss-chart" data-standard={standard ?? ""}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 16, right: 32, bottom: 32, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border-base, #e4e4e7)" />
          <XAxis
            type="number"
            dataKey="t"
            domain={["dataMin - 86400000", "dataMax + 86400000"]}
            scale="time"
            tickFormatter={(v: number) => dateOnly(new Date(v))}
            fontSize={11}
            label={{ value: t("jewelry.loss.axisX"), position: "insideBottom", offset: -16, fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="y"
            unit="%"
            fontSize={11}
            domain={[0, "auto"]}
            label={{ value: t("jewelry.loss.axisY"), angle: -90, position: "insideLeft", offset: 4, fontSize: 12 }}
          />
          {standard !== null && (
            <ReferenceLine
              y={standard}
              stroke={RED}
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
              label={{ value: t("jewelry.loss.standardLine", { pct: pctExact(standard) }), position: "insideTopRight", fill: RED, fontSize: 11 }}
              className="loss-standard-line"
            />
          )}
          <Tooltip cursor={{ strokeDasharray: "3 3" }} content={({ active, payload }) => (active && payload?.[0] ? <PointTip p={payload[0].payload as Dot} unit={unit} /> : null)} />
          <Scatter
            data={data}
            isAnimationActive={false}
            shape={(props: any) => {
              const p = props.payload as Dot
              return (
                <circle
                  cx={props.cx}
                  cy={props.cy}
                  r={p.past_standard ? 6 : 5}
                  fill={p.past_standard ? RED : BLUE}
                  stroke="white"
                  strokeWidth={1}
                  style={{ cursor: "pointer" }}
                  data-testid="loss-point"
                  data-job-id={p.job_id}
                  data-past-standard={p.past_standard}
                  onClick={() => onOpen(p)}
                />
              )
            }}
          />
        </ScatterChart>
      </ResponsiveContainer>
      {standard === null && data.some((p) => p.standard_pct !== null) && (
        <Text size="xsmall" className="text-ui-fg-subtle px-4">{t("jewelry.loss.chooseStage")}</Text>
      )}
    </div>
  )
}

function PointTip({ p, unit }: { p: Dot; unit: string }) {
  const { t } = useTranslation()
  return (
    <div className="bg-ui-bg-base shadow-elevation-flyout rounded-lg px-3 py-2" data-testid="loss-tooltip">
      <Text size="small" weight="plus">
        {p.job_number} · {p.stage_name}
      </Text>
      <Text size="xsmall">{t("jewelry.loss.tipLoss", { loss: `${p.loss} ${unit}`, pct: pct(p.loss_pct, 2) })}</Text>
      <Text size="xsmall">{t("jewelry.loss.tipIssued", { issued: `${p.issued} ${unit}` })}</Text>
      {p.standard_pct !== null && <Text size="xsmall" className={p.past_standard ? "text-ui-fg-error" : "text-ui-fg-subtle"}>{t("jewelry.loss.tipStandard", { pct: pctExact(p.standard_pct) })}</Text>}
      {p.override_reason && <Text size="xsmall" className="text-ui-fg-subtle">{t("jewelry.loss.override", { reason: p.override_reason })}</Text>}
      <Text size="xsmall" className="text-ui-fg-muted">{dateOnly(p.completed_at)}</Text>
    </div>
  )
}
