import { Checkbox, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { Metal } from "../../../types/metal"
import { useMetalWaste } from "../../hooks/api/metal"
import { dateOnly } from "../../lib/format"

/** Waste recorded at job stages that no lot has collected yet, for one metal: tick what goes to the refiner. */
export function WasteSources({ metal, chosen, onToggle, errors }: { metal: Metal; chosen: Set<string>; onToggle: (id: string, on: boolean) => void; errors: Record<string, string> }) {
  const { t } = useTranslation()
  const { data, isLoading } = useMetalWaste({ metal })
  const rows = data?.waste ?? []
  return (
    <fieldset className="flex flex-col gap-y-2" data-testid="waste-sources">
      <legend className="mb-1"><Text size="small" weight="plus">{t("jewelry.lots.wasteTitle")}</Text></legend>
      {isLoading && <Text size="small" className="text-ui-fg-subtle">{t("jewelry.loading")}</Text>}
      {!isLoading && !rows.length && <Text size="small" className="text-ui-fg-subtle">{t("jewelry.lots.noWaste")}</Text>}
      {rows.map((w) => (
        <div key={w.receipt_id} className="flex flex-col">
          <div className="flex items-center gap-x-2">
            <Checkbox id={`waste-${w.receipt_id}`} checked={chosen.has(w.receipt_id)} onCheckedChange={(v) => onToggle(w.receipt_id, v === true)} data-testid="waste-source" data-receipt-id={w.receipt_id} />
            <Label htmlFor={`waste-${w.receipt_id}`} size="small" className="cursor-pointer">
              {w.job_number} · {w.stage_name} · {w.purity || t("jewelry.metal.other")} · {w.waste} {data?.unit} · {dateOnly(w.created_at)}
            </Label>
          </div>
          {errors[`waste:${w.receipt_id}`] && <Text size="xsmall" className="text-ui-fg-error" role="alert">{errors[`waste:${w.receipt_id}`]}</Text>}
        </div>
      ))}
    </fieldset>
  )
}
