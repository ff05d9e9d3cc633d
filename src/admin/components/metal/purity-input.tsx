import { Input } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { METAL_LABELS, METALS, parsePurity, PurityError, purityLabel, type Metal } from "../../../lib/purity"
import { useProductionSettings } from "../../hooks/api/production-settings"
import { Field } from "../field"
import { OptionSelect } from "../option-select"

export type PurityValue = { purity: string; metal: Metal | "" }

/** What the purity text says, read as the server will read it (the workshop's karat table). */
export function readPurity(v: PurityValue, karatTable?: Record<string, string> | null) {
  if (!v.purity.trim()) return { label: null, needsMetal: false }
  try {
    const p = parsePurity(v.purity, { metal: v.metal || null, karatTable: karatTable ?? undefined })
    return { label: purityLabel(p.metal, p.fineness, karatTable ?? undefined), needsMetal: false }
  } catch (e) {
    return { label: null, needsMetal: e instanceof PurityError && e.field === "metal" }
  }
}

/**
 * Purity of precious metal as a jeweler writes it (14K, 585, PT950, sterling),
 * with the metal asked only when the text does not say it (950 and 999 are
 * used by several metals). Shows what it reads: "14K · 585".
 */
export function PurityInput({ id, value, onChange, errors, label, hint }: { id: string; value: PurityValue; onChange: (v: PurityValue) => void; errors: Record<string, string | undefined>; label?: string; hint?: string }) {
  const { t } = useTranslation()
  const table = useProductionSettings().data?.karat_table
  const read = readPurity(value, table)
  const showMetal = read.needsMetal || !!value.metal || !!errors.metal
  return (
    <div className="flex flex-col gap-y-2" data-testid={`${id}-group`}>
      <Field label={label ?? t("jewelry.purity")} htmlFor={id} error={errors.purity} hint={read.label ? t("jewelry.purityReads", { label: read.label }) : hint ?? t("jewelry.purityHint")}>
        <Input id={id} value={value.purity} placeholder="14K, 585, PT950" onChange={(e) => onChange({ ...value, purity: e.target.value })} />
      </Field>
      {showMetal && (
        <Field label={t("jewelry.metalLabel")} htmlFor={`${id}-metal`} error={errors.metal} hint={read.needsMetal ? t("jewelry.metalNeeded") : undefined}>
          <OptionSelect id={`${id}-metal`} value={value.metal} emptyLabel={t("jewelry.metalFromPurity")} options={METALS.map((m) => [m, METAL_LABELS[m]])} onChange={(m) => onChange({ ...value, metal: m as Metal | "" })} />
        </Field>
      )}
    </div>
  )
}
