import { Trash } from "@medusajs/icons"
import { IconButton, Label } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { OptionSelect } from "../option-select"
import { LabelledInput } from "./labelled-input"

const BOM_KINDS = ["metal", "stone", "finding"] as const

export type BomLine = { kind: string; description: string; purity: string; shape: string; size: string; quantity: string; weight: string; weight_unit: string; unit_cost: string; cost_per: string }
export const newBom = (unit = "g"): BomLine => ({ kind: "metal", description: "", purity: "", shape: "", size: "", quantity: "1", weight: "", weight_unit: unit, unit_cost: "", cost_per: "weight" })

const Pick = ({ id, label, value, onChange, options, className }: { id: string; label: string; value: string; onChange: (v: string) => void; options: [string, string][]; className: string }) => (
  <div className={`flex flex-col gap-y-1 ${className}`}>
    <Label htmlFor={id} size="xsmall" className="text-ui-fg-subtle">{label}</Label>
    <OptionSelect id={id} size="small" ariaLabel={label} value={value} onChange={onChange} options={options} />
  </div>
)

/** One line of a style's bill of materials: metal by weight, stones and findings by the piece. */
export function BomLineRow({ line, index, set, onRemove, error }: { line: BomLine; index: number; set: (patch: Partial<BomLine>) => void; onRemove: () => void; error?: string }) {
  const { t } = useTranslation()
  const id = (f: string) => `bom-${index}-${f}`
  return (
    <div data-testid="bom-line">
      <div className="flex flex-wrap items-end gap-1">
        <Pick id={id("kind")} label={t("jewelry.styles.bomKind")} className="w-24" value={line.kind} onChange={(v) => set({ kind: v, cost_per: v === "metal" ? "weight" : "piece" })} options={BOM_KINDS.map((k) => [k, t(`jewelry.styles.kinds.${k}`)])} />
        {line.kind === "metal" && <LabelledInput id={id("purity")} label={t("jewelry.styles.purity")} value={line.purity} onChange={(v) => set({ purity: v })} />}
        {line.kind === "stone" && <LabelledInput id={id("shape")} label={t("jewelry.styles.shape")} value={line.shape} onChange={(v) => set({ shape: v })} />}
        {line.kind === "stone" && <LabelledInput id={id("size")} label={t("jewelry.styles.size")} value={line.size} onChange={(v) => set({ size: v })} />}
        {line.kind === "finding" && <LabelledInput id={id("description")} label={t("jewelry.styles.finding")} className="w-32" value={line.description} onChange={(v) => set({ description: v })} />}
        <LabelledInput id={id("quantity")} label={t("jewelry.styles.pieceCount")} className="w-16" value={line.quantity} onChange={(v) => set({ quantity: v })} />
        <LabelledInput id={id("weight")} label={t(line.kind === "stone" ? "jewelry.styles.carats" : "jewelry.styles.weight")} value={line.weight} onChange={(v) => set({ weight: v })} />
        <Pick id={id("unit")} label={t("jewelry.styles.unit")} className="w-20" value={line.weight_unit} onChange={(v) => set({ weight_unit: v })} options={WEIGHT_UNIT_CODES.map((u) => [u, u])} />
        <LabelledInput id={id("unit_cost")} label={t("jewelry.styles.unitCost")} value={line.unit_cost} onChange={(v) => set({ unit_cost: v })} />
        <Pick id={id("cost_per")} label={t("jewelry.styles.costPer")} className="w-28" value={line.cost_per} onChange={(v) => set({ cost_per: v })} options={[["piece", t("jewelry.styles.perPiece")], ["weight", t("jewelry.styles.perWeight")]]} />
        <IconButton size="small" variant="transparent" onClick={onRemove} aria-label={t("jewelry.styles.removeLine")} data-testid="remove-bom-line"><Trash /></IconButton>
      </div>
      {error && <p className="txt-small text-ui-fg-error" role="alert">{error}</p>}
    </div>
  )
}
