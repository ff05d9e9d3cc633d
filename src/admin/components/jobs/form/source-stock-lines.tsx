import { Checkbox, Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { displayWeight } from "../../../../lib/units"
import { useStockItemList } from "../../../hooks/api/stock-items"
import type { SourceLines } from "./job-form-state"

/** The job form's stock of the source product, each item issued into the start stage whole (Full) or by exact weight and pieces. */
export function SourceStockLines({ productId, lines, setLines, errors }: { productId: string; lines: SourceLines; setLines: (l: SourceLines) => void; errors: Record<string, string> }) {
  const { t } = useTranslation()
  const items = useStockItemList({ product_id: productId, status: "available", limit: 50 }).data?.stock_items ?? []
  const error = errors.stock_item_id ?? errors.weight ?? errors.pieces ?? errors.lines ?? errors.issue_lines
  return (
    <div className="rounded-md border p-2" data-testid="job-source-stock">
      <Text size="small" weight="plus">{t("jewelry.job.form.sourceHeading")}</Text>
      {items.map((i) => {
        const l = lines[i.id] ?? { full: false, weight: "", pieces: "" }
        const upd = (patch: Partial<typeof l>) => setLines({ ...lines, [i.id]: { ...l, ...patch } })
        return (
          <div key={i.id} className="flex items-center gap-2 py-1" data-testid="source-item" data-tag={i.tag_id}>
            <Text size="small" className="w-32 font-mono">{i.tag_id}</Text>
            <Text size="xsmall" className="w-32 text-ui-fg-subtle">{t("jewelry.job.form.sourceItem", { weight: displayWeight(i.weight, i.weight_unit), pieces: i.pieces })}</Text>
            <label className="flex items-center gap-1 txt-small">
              <Checkbox checked={l.full} onCheckedChange={(v) => upd({ full: !!v })} aria-label={t("jewelry.job.form.issueAll", { tag: i.tag_id })} /> {t("jewelry.job.form.full")}
            </label>
            <Input size="small" className="w-24" placeholder={t("jewelry.job.form.weightIn", { unit: i.weight_unit })} aria-label={t("jewelry.job.form.weightOf", { tag: i.tag_id })} disabled={l.full} value={l.weight} onChange={(e) => upd({ weight: e.target.value })} />
            <Input size="small" className="w-20" placeholder={t("jewelry.job.form.piecesPlaceholder")} aria-label={t("jewelry.job.form.piecesOf", { tag: i.tag_id })} disabled={l.full} value={l.pieces} onChange={(e) => upd({ pieces: e.target.value })} />
          </div>
        )
      })}
      {error && <Text size="xsmall" className="text-ui-fg-error" role="alert" data-testid="error-job-source-stock">{error}</Text>}
    </div>
  )
}
