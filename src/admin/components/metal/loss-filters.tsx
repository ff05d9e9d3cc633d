import { useTranslation } from "react-i18next"
import { METAL_LABELS, METALS } from "../../../lib/purity"
import { useDepartments, useStages } from "../../hooks/api/production-settings"
import type { Period } from "../../lib/format"
import { OptionSelect } from "../option-select"
import { PeriodFilter } from "./period-filter"

export type LossFilterValue = { stage_id?: string; department_id?: string; metal?: string; period: Period }

/** Which completed stages the loss report covers: catalog stage, department, metal, period. */
export function LossFilters({ value, onChange }: { value: LossFilterValue; onChange: (v: LossFilterValue) => void }) {
  const { t } = useTranslation()
  const stages = useStages({})
  const departments = useDepartments()
  const select = (key: "stage_id" | "department_id" | "metal", width: string, label: string, all: string, options: [string, string][]) => (
    <div className={width}>
      <OptionSelect id={`loss-${key}`} size="small" ariaLabel={label} value={value[key]} emptyLabel={all} options={options} onChange={(v) => onChange({ ...value, [key]: v || undefined })} />
    </div>
  )
  return (
    <div className="flex flex-wrap items-end gap-2 px-6 py-4" data-testid="loss-filters">
      {select("stage_id", "w-[240px]", t("jewelry.stage"), t("jewelry.loss.allStages"), (stages.data?.stages ?? []).map((s) => [s.id, s.loss_standard_pct != null ? `${s.name} (${s.loss_standard_pct}%)` : s.name]))}
      {select("department_id", "w-[200px]", t("jewelry.department"), t("jewelry.loss.allDepartments"), (departments.data ?? []).map((d) => [d.id, d.name]))}
      {select("metal", "w-[160px]", t("jewelry.metalLabel"), t("jewelry.loss.allMetals"), METALS.map((m) => [m, METAL_LABELS[m]]))}
      <div className="ml-auto">
        <PeriodFilter value={value.period} onChange={(period) => onChange({ ...value, period })} />
      </div>
    </div>
  )
}
