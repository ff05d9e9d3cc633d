import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { useProductOptions } from "../../hooks/api/medusa"
import { OptionSelect } from "../option-select"

export type OutputRow = { key: string; product_id: string; purity: string; weight: string; weight_unit: string; pieces: string }
export const blankOutput = (unit: string): OutputRow => ({ key: crypto.randomUUID(), product_id: "", purity: "", weight: "", weight_unit: unit, pieces: "" })

/** What came back from the refiner: one stock item per row (product, purity, weight, pieces). */
export function OutputRows({ rows, onChange, unit, errors }: { rows: OutputRow[]; onChange: (r: OutputRow[]) => void; unit: string; errors: Record<string, string> }) {
  const { t } = useTranslation()
  const products = useProductOptions()
  const set = (key: string, patch: Partial<OutputRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)))
  return (
    <div className="flex flex-col gap-y-3" data-testid="output-rows">
      {rows.map((r, i) => (
        <div key={r.key} className="flex flex-col gap-y-2 rounded-md border p-3" data-testid="output-row">
          <div className="flex items-center gap-x-2">
            <OptionSelect id={`output-${i}-product`} className="flex-1" ariaLabel={t("jewelry.lots.product")} value={r.product_id} placeholder={t("jewelry.lots.chooseProduct")} options={(products.data ?? []).map((p) => [p.id, p.title])} onChange={(v) => set(r.key, { product_id: v })} />
            {rows.length > 1 && (
              <IconButton size="small" variant="transparent" type="button" aria-label={t("jewelry.remove")} onClick={() => onChange(rows.filter((x) => x.key !== r.key))}>
                <Trash />
              </IconButton>
            )}
          </div>
          <div className="grid grid-cols-[1fr_1fr_90px_80px] gap-2">
            <Input size="small" id={`output-${i}-purity`} aria-label={t("jewelry.purity")} placeholder={t("jewelry.lots.outputPurityHint")} value={r.purity} onChange={(e) => set(r.key, { purity: e.target.value })} />
            <Input size="small" id={`output-${i}-weight`} aria-label={t("jewelry.weight")} placeholder={t("jewelry.weight")} inputMode="decimal" value={r.weight} onChange={(e) => set(r.key, { weight: e.target.value })} />
            <OptionSelect id={`output-${i}-unit`} size="small" ariaLabel={t("jewelry.unit")} value={r.weight_unit} options={WEIGHT_UNIT_CODES.map((u) => [u, u])} onChange={(v) => set(r.key, { weight_unit: v })} />
            <Input size="small" id={`output-${i}-pieces`} aria-label={t("jewelry.pieces")} placeholder={t("jewelry.pieces")} type="number" min={0} value={r.pieces} onChange={(e) => set(r.key, { pieces: e.target.value })} />
          </div>
          {errors[`output:${r.key}`] && <Text size="xsmall" className="text-ui-fg-error" role="alert" data-testid="output-error">{errors[`output:${r.key}`]}</Text>}
        </div>
      ))}
      <div>
        <Button size="small" variant="secondary" type="button" onClick={() => onChange([...rows, blankOutput(unit)])} data-testid="add-output">
          <Plus /> {t("jewelry.lots.addOutput")}
        </Button>
      </div>
    </div>
  )
}
