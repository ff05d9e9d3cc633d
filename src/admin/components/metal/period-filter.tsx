import { Button, Input, Label } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { lastDays, type Period } from "../../lib/format"

const PRESETS = [30, 90, 365] as const

/** The period a report covers: two days (both included) and quick presets. */
export function PeriodFilter({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="period-filter">
      <div className="flex flex-col gap-y-1">
        <Label size="xsmall" htmlFor="period-from">{t("jewelry.period.from")}</Label>
        <Input id="period-from" size="small" type="date" value={value.from} max={value.to} onChange={(e) => onChange({ ...value, from: e.target.value })} data-testid="period-from" />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="xsmall" htmlFor="period-to">{t("jewelry.period.to")}</Label>
        <Input id="period-to" size="small" type="date" value={value.to} min={value.from} onChange={(e) => onChange({ ...value, to: e.target.value })} data-testid="period-to" />
      </div>
      {PRESETS.map((days) => (
        <Button key={days} size="small" variant="secondary" type="button" onClick={() => onChange(lastDays(days))} data-testid={`period-${days}`}>
          {t("jewelry.period.lastDays", { count: days })}
        </Button>
      ))}
    </div>
  )
}
