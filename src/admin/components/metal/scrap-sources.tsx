import { Checkbox, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { Metal } from "../../../types/metal"
import { useStockItemList } from "../../hooks/api/stock-items"

/** Available stock items of the lot's metal (scrap, old gold): tick the ones that go to the refiner whole. */
export function ScrapSources({ metal, chosen, onToggle, errors }: { metal: Metal; chosen: Set<string>; onToggle: (id: string, on: boolean) => void; errors: Record<string, string> }) {
  const { t } = useTranslation()
  const { data, isLoading } = useStockItemList({ metal, status: "available", limit: 200, order: "tag_id" })
  const items = data?.stock_items ?? []
  return (
    <fieldset className="flex flex-col gap-y-2" data-testid="scrap-sources">
      <legend className="mb-1"><Text size="small" weight="plus">{t("jewelry.lots.scrapTitle")}</Text></legend>
      {isLoading && <Text size="small" className="text-ui-fg-subtle">{t("jewelry.loading")}</Text>}
      {!isLoading && !items.length && <Text size="small" className="text-ui-fg-subtle">{t("jewelry.lots.noScrap")}</Text>}
      <div className="flex max-h-56 flex-col gap-y-1 overflow-y-auto">
        {items.map((i) => (
          <div key={i.id} className="flex flex-col">
            <div className="flex items-center gap-x-2">
              <Checkbox id={`scrap-${i.id}`} checked={chosen.has(i.id)} onCheckedChange={(v) => onToggle(i.id, v === true)} data-testid="scrap-source" data-tag={i.tag_id} />
              <Label htmlFor={`scrap-${i.id}`} size="small" className="cursor-pointer">
                <span className="font-mono">{i.tag_id}</span> · {i.purity} · {i.weight} {i.weight_unit}
              </Label>
            </div>
            {errors[`scrap:${i.id}`] && <Text size="xsmall" className="text-ui-fg-error" role="alert">{errors[`scrap:${i.id}`]}</Text>}
          </div>
        ))}
      </div>
    </fieldset>
  )
}
