import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { StyleBomLine as BomLineView, StyleLaborLine as LaborLineView } from "../../../types/styles"
import { BomLineRow, newBom, type BomLine } from "./bom-line-row"
import { LabelledInput } from "./labelled-input"

export type LaborLine = { stage_name: string; cost: string }

export const bomFrom = (l: BomLineView): BomLine => ({
  kind: l.kind,
  description: l.description ?? "",
  purity: l.purity ?? "",
  shape: l.shape ?? "",
  size: l.size ?? "",
  quantity: String(l.quantity),
  weight: l.weight ?? "",
  weight_unit: l.weight_unit ?? "g",
  unit_cost: l.unit_cost,
  cost_per: l.cost_per,
})
export const laborFrom = (l: LaborLineView): LaborLine => ({ stage_name: l.stage_name, cost: l.cost })

export const bomBody = (bom: BomLine[]) =>
  bom
    .filter((l) => l.unit_cost !== "" || l.description || l.weight)
    .map((l) => ({ kind: l.kind, description: l.description || null, purity: l.purity || null, shape: l.shape || null, size: l.size || null, quantity: Number.parseInt(l.quantity || "1", 10), weight: l.weight || null, weight_unit: l.weight ? l.weight_unit : null, unit_cost: l.unit_cost || "0", cost_per: l.cost_per }))
export const laborBody = (labor: LaborLine[]) => labor.filter((l) => l.stage_name).map((l) => ({ stage_name: l.stage_name, cost: l.cost || "0" }))

/** The bill of materials: lines added and removed; an error naming a line shows beside it. */
export function BomLines({ bom, setBom, errors, unit }: { bom: BomLine[]; setBom: (b: BomLine[]) => void; errors: Record<string, string>; unit: string }) {
  const { t } = useTranslation()
  return (
    <div>
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">{t("jewelry.styles.billOfMaterials")}</Text>
        <Button size="small" variant="transparent" onClick={() => setBom([...bom, newBom(unit)])} data-testid="add-bom-line"><Plus /> {t("jewelry.styles.addLine")}</Button>
      </div>
      <div className="flex flex-col gap-y-2" data-testid="bom-lines">
        {bom.map((l, i) => (
          <BomLineRow key={i} index={i} line={l} error={errors[`bom-${i}`]} set={(patch) => setBom(bom.map((x, j) => (j === i ? { ...x, ...patch } : x)))} onRemove={() => setBom(bom.filter((_, j) => j !== i))} />
        ))}
      </div>
    </div>
  )
}

/** Labour per stage: added and removed. */
export function LaborLines({ labor, setLabor, errors }: { labor: LaborLine[]; setLabor: (l: LaborLine[]) => void; errors: Record<string, string> }) {
  const { t } = useTranslation()
  const set = (i: number, patch: Partial<LaborLine>) => setLabor(labor.map((x, j) => (j === i ? { ...x, ...patch } : x)))
  return (
    <div>
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">{t("jewelry.styles.laborPerStage")}</Text>
        <Button size="small" variant="transparent" onClick={() => setLabor([...labor, { stage_name: "", cost: "" }])} data-testid="add-labor-line"><Plus /> {t("jewelry.styles.addStage")}</Button>
      </div>
      {labor.map((l, i) => (
        <div key={i} data-testid="labor-line">
          <div className="flex items-end gap-1 pt-1">
            <LabelledInput id={`labor-${i}-stage`} label={t("jewelry.styles.stage")} className="w-48" value={l.stage_name} onChange={(v) => set(i, { stage_name: v })} />
            <LabelledInput id={`labor-${i}-cost`} label={t("jewelry.styles.cost")} value={l.cost} onChange={(v) => set(i, { cost: v })} />
            <IconButton size="small" variant="transparent" onClick={() => setLabor(labor.filter((_, j) => j !== i))} aria-label={t("jewelry.styles.removeStage")} data-testid="remove-labor-line"><Trash /></IconButton>
          </div>
          {errors[`labor-${i}`] && <p className="txt-small text-ui-fg-error" role="alert">{errors[`labor-${i}`]}</p>}
        </div>
      ))}
    </div>
  )
}
