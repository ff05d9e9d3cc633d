import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { METALS, METAL_LABELS } from "../../../lib/purity"
import type { MetalRate } from "../../../types/metal-prices"
import { chartPoints } from "../../lib/metal-prices"

const COLORS = { gold: "#d4a017", silver: "#94a3b8", platinum: "#6366f1", palladium: "#0d9488" } as const

/** The day's rate of each metal over time in one currency, per gram or per troy ounce. */
export function RateChart({ rates, unit, currency }: { rates: MetalRate[]; unit: "g" | "ozt"; currency: string }) {
  const { t } = useTranslation()
  const data = chartPoints(rates, unit)
  if (!data.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-10 text-center" data-testid="rate-chart-empty">
        {t("jewelry.metalPrices.noHistory")}
      </Text>
    )
  }
  const shown = METALS.filter((m) => data.some((p) => p[m] !== undefined))
  return (
    <div className="h-[320px] w-full px-2 pb-6 pt-4" data-testid="rate-chart" data-points={data.length}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 24, bottom: 16, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border-base, #e4e4e7)" />
          <XAxis dataKey="day" fontSize={11} />
          <YAxis yAxisId="main" fontSize={11} domain={["auto", "auto"]} label={{ value: `${currency.toUpperCase()} ${t(`jewelry.metalPrices.unit_${unit}`)}`, angle: -90, position: "insideLeft", fontSize: 11 }} />
          <Tooltip />
          <Legend />
          {shown.map((m) => (
            <Line key={m} yAxisId="main" type="monotone" dataKey={m} name={METAL_LABELS[m]} stroke={COLORS[m]} dot={false} isAnimationActive={false} connectNulls />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}
