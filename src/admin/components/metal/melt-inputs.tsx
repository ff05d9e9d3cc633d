import { Checkbox, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { Metal } from "../../../types/metal"
import { useStockItemList, type StockItemRow } from "../../hooks/api/stock-items"

export type MeltPick = { item: StockItemRow; full: boolean; weight: string }

/**
 * What goes into the crucible: available items of the metal (scrap, old
 * gold, fine metal), or any item found by tag (alloy); each whole or a part.
 */
export function MeltInputs({ metal, picks, onChange, errors }: { metal: Metal; picks: Record<string, MeltPick>; onChange: (p: Record<string, MeltPick>) => void; errors: Record<string, string> }) {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const { data, isLoading } = useStockItemList(q.trim() ? { q: q.trim(), status: "available", limit: 50 } : { metal, status: "available", limit: 200, order: "tag_id" })
  const set = (id: string, patch: Partial<MeltPick> | null, item?: StockItemRow) => {
    const next = { ...picks }
    if (patch === null) delete next[id]
    else next[id] = { ...(next[id] ?? { item: item!, full: true, weight: "" }), ...patch }
    onChange(next)
  }
  const shown = [...Object.values(picks).map((p) => p.item), ...(data?.stock_items ?? []).filter((i) => !picks[i.id])]
  return (
    <fieldset className="flex flex-col gap-y-2" data-testid="melt-inputs">
      <legend className="mb-1"><Text size="small" weight="plus">{t("jewelry.lots.meltInputs")}</Text></legend>
      <Input size="small" type="search" placeholder={t("jewelry.lots.findAlloy")} value={q} onChange={(e) => setQ(e.target.value)} data-testid="melt-search" />
      {isLoading && <Text size="small" className="text-ui-fg-subtle">{t("jewelry.loading")}</Text>}
      {!isLoading && !shown.length && <Text size="small" className="text-ui-fg-subtle">{t("jewelry.lots.noScrap")}</Text>}
      <div className="flex max-h-72 flex-col gap-y-1 overflow-y-auto">
        {shown.map((i) => {
          const pick = picks[i.id]
          return (
            <div key={i.id} className="flex flex-col" data-testid="melt-input" data-tag={i.tag_id}>
              <div className="flex items-center gap-x-3">
                <Checkbox id={`melt-${i.id}`} checked={!!pick} onCheckedChange={(v) => set(i.id, v === true ? {} : null, i)} aria-label={t("jewelry.lots.useItem", { tag: i.tag_id })} />
                <Label htmlFor={`melt-${i.id}`} size="small" className="min-w-0 flex-1 cursor-pointer truncate">
                  <span className="font-mono">{i.tag_id}</span> · {i.purity || t("jewelry.lots.alloy")} · {i.weight} {i.weight_unit}
                </Label>
                {pick && (
                  <>
                    <div className="flex items-center gap-x-1">
                      <Checkbox id={`melt-full-${i.id}`} checked={pick.full} onCheckedChange={(v) => set(i.id, { full: v === true })} />
                      <Label htmlFor={`melt-full-${i.id}`} size="xsmall">{t("jewelry.lots.whole")}</Label>
                    </div>
                    {!pick.full && (
                      <Input size="small" className="w-28" inputMode="decimal" placeholder={`${t("jewelry.weight")} (${i.weight_unit})`} aria-label={t("jewelry.lots.partOf", { tag: i.tag_id })} value={pick.weight} onChange={(e) => set(i.id, { weight: e.target.value })} />
                    )}
                  </>
                )}
              </div>
              {errors[`input:${i.id}`] && <Text size="xsmall" className="text-ui-fg-error" role="alert">{errors[`input:${i.id}`]}</Text>}
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
