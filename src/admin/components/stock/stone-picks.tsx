import { Checkbox, Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { StockItemRow } from "../../hooks/api/stock-items"
import type { StonePick } from "../../lib/stones-preview"

/** Stones in stock to pick from, each set whole (Full) or by exact pieces and weight; a row's error is shown on it. */
export function StonePicks({ stones, picks, onChange, errors }: { stones: StockItemRow[]; picks: Record<string, StonePick>; onChange: (p: Record<string, StonePick>) => void; errors: Record<string, string> }) {
  const { t } = useTranslation()
  const toggle = (s: StockItemRow, on: boolean) => {
    const next = { ...picks }
    if (on) next[s.id] = { item: s, full: true, pieces: "", weight: "" }
    else delete next[s.id]
    onChange(next)
  }
  const update = (id: string, patch: Partial<StonePick>) => onChange({ ...picks, [id]: { ...picks[id], ...patch } })
  if (!stones.length) return <Text size="small" className="text-ui-fg-subtle">{t("jewelry.stones.noneInStock")}</Text>
  return (
    <div className="flex flex-col divide-y rounded-md border" data-testid="stone-picks">
      {stones.map((s) => {
        const p = picks[s.id]
        return (
          <div key={s.id} className="flex flex-col gap-y-1 px-3 py-2" data-testid="stone-pick" data-tag={s.tag_id}>
            <div className="flex items-center gap-x-3">
              <Checkbox id={`pick-${s.id}`} checked={!!p} onCheckedChange={(v) => toggle(s, !!v)} aria-label={t("jewelry.stones.pick", { tag: s.tag_id })} />
              <label htmlFor={`pick-${s.id}`} className="txt-small flex-1">
                <span className="font-mono">{s.tag_id}</span>
                <span className="text-ui-fg-subtle"> · {[s.shape, s.size, s.color, s.quality].filter(Boolean).join(" ")} · {s.weight} {s.weight_unit} · {s.pieces} pcs</span>
              </label>
              {p && (
                <label className="txt-small flex items-center gap-x-1">
                  <Checkbox checked={p.full} onCheckedChange={(v) => update(s.id, { full: !!v })} aria-label={t("jewelry.stones.fullOf", { tag: s.tag_id })} /> {t("jewelry.stones.full")}
                </label>
              )}
            </div>
            {p && !p.full && (
              <div className="flex gap-x-2 pl-7">
                <Input size="small" className="w-24" placeholder={t("jewelry.pieces")} aria-label={t("jewelry.stones.piecesOf", { tag: s.tag_id })} value={p.pieces} onChange={(e) => update(s.id, { pieces: e.target.value })} />
                <Input size="small" className="w-28" placeholder={s.weight_unit === "ct" ? t("jewelry.stones.carats") : s.weight_unit} aria-label={t("jewelry.stones.weightOf", { tag: s.tag_id })} value={p.weight} onChange={(e) => update(s.id, { weight: e.target.value })} />
              </div>
            )}
            {errors[s.id] && <Text size="xsmall" className="text-ui-fg-error pl-7" role="alert" data-testid="stone-pick-error">{errors[s.id]}</Text>}
          </div>
        )
      })}
    </div>
  )
}
