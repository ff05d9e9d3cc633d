import { Text } from "@medusajs/ui"
import BigNumber from "bignumber.js"
import { METAL_LABELS, type Metal } from "../../../lib/purity"
import { dash, pct } from "../../lib/format"

/** The name of a metal key of the API ("gold", or "other" for material with no purity). */
export const metalName = (key: string, other: string) => METAL_LABELS[key as Metal] ?? other

/** One figure per metal, stacked: "Gold 5.85 g". Fine metal is never added across metals. */
export function MetalLines({ lines, testId }: { lines: { key: string; label: string; value: string; alert?: boolean }[]; testId?: string }) {
  if (!lines.length) return <span className="text-ui-fg-muted">{dash}</span>
  return (
    <div className="flex flex-col" data-testid={testId}>
      {lines.map((l) => (
        <Text key={l.key} size="xsmall" leading="compact" className={l.alert ? "text-ui-fg-error font-medium" : undefined} data-metal={l.key}>
          {l.label} {l.value}
        </Text>
      ))}
    </div>
  )
}

/** A loss % against its allowed %: past it is an alert. */
export function isPast(lossPct: number | null | undefined, allowedPct: number | null | undefined) {
  return lossPct !== null && lossPct !== undefined && allowedPct !== null && allowedPct !== undefined && new BigNumber(lossPct).isGreaterThan(allowedPct)
}

export const pctOrDash = (v: number | null | undefined) => (v === null || v === undefined ? dash : pct(v, 2))
