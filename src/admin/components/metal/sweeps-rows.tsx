import { Trash, Plus } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { OptionSelect } from "../option-select"

export type Sweep = { key: string; description: string; weight: string; weight_unit: string; purity: string }

/** Sweeps, polishing dust and filings collected at the bench: what, how much, and its estimated fineness or purity. */
export function SweepsRows({ rows, onChange, unit, errors }: { rows: Sweep[]; onChange: (rows: Sweep[]) => void; unit: string; errors: Record<string, string> }) {
  const { t } = useTranslation()
  const set = (key: string, patch: Partial<Sweep>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)))
  return (
    <fieldset className="flex flex-col gap-y-2" data-testid="sweeps-sources">
      <legend className="mb-1"><Text size="small" weight="plus">{t("jewelry.lots.sweepsTitle")}</Text></legend>
      {rows.map((r, i) => (
        <div key={r.key} className="flex flex-col gap-y-1" data-testid="sweeps-row">
          <div className="grid grid-cols-[2fr_1fr_90px_1fr_32px] items-center gap-2">
            <Input size="small" id={`sweep-${i}-description`} aria-label={t("jewelry.lots.sweepsDescription")} placeholder={t("jewelry.lots.sweepsDescriptionHint")} value={r.description} onChange={(e) => set(r.key, { description: e.target.value })} />
            <Input size="small" id={`sweep-${i}-weight`} aria-label={t("jewelry.weight")} placeholder={t("jewelry.weight")} inputMode="decimal" value={r.weight} onChange={(e) => set(r.key, { weight: e.target.value })} />
            <OptionSelect id={`sweep-${i}-unit`} size="small" ariaLabel={t("jewelry.unit")} value={r.weight_unit} options={WEIGHT_UNIT_CODES.map((u) => [u, u])} onChange={(v) => set(r.key, { weight_unit: v })} />
            <Input size="small" id={`sweep-${i}-purity`} aria-label={t("jewelry.lots.estPurity")} placeholder={t("jewelry.lots.estPurityHint")} value={r.purity} onChange={(e) => set(r.key, { purity: e.target.value })} />
            <IconButton size="small" variant="transparent" type="button" aria-label={t("jewelry.remove")} onClick={() => onChange(rows.filter((x) => x.key !== r.key))}>
              <Trash />
            </IconButton>
          </div>
          {errors[`sweep:${r.key}`] && <Text size="xsmall" className="text-ui-fg-error" role="alert" data-testid="sweeps-error">{errors[`sweep:${r.key}`]}</Text>}
        </div>
      ))}
      <div>
        <Button size="small" variant="secondary" type="button" data-testid="add-sweeps" onClick={() => onChange([...rows, { key: crypto.randomUUID(), description: "", weight: "", weight_unit: unit, purity: "" }])}>
          <Plus /> {t("jewelry.lots.addSweeps")}
        </Button>
      </div>
    </fieldset>
  )
}
