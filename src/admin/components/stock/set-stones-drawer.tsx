import { Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { setStonesRequest, useStockItemAction, useStockItemList, type StockItemView } from "../../hooks/api/stock-items"
import { rowErrors } from "../../lib/field-errors"
import { money } from "../../lib/format"
import { FormDrawer } from "../metal/form-drawer"
import { StonePicks } from "./stone-picks"
import { previewAfterSetting, stoneLine, type StonePick } from "../../lib/stones-preview"

/**
 * SetStones (seed 003): stones from stock set into the piece with no bench
 * labour to track. Stones of the caller's locations, each set whole or by
 * exact pieces and weight; the piece's weight and cost after are shown
 * before saving.
 */
export function SetStonesDrawer({ item, open, onClose }: { item: StockItemView["stock_item"]; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const action = useStockItemAction(item.id)
  const [q, setQ] = useState("")
  const [picks, setPicks] = useState<Record<string, StonePick>>({})
  const [missing, setMissing] = useState<string | null>(null)
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setQ("")
      setPicks({})
      setMissing(null)
      action.reset()
    }
  }
  const list = useStockItemList({ status: "available", ownership: "shop", inventory_kind: "materials_supplies", q: q.trim() || undefined, limit: 100, order: "tag_id" }, open)
  // Stones: loose material without a metal purity (gemstones), never the piece itself.
  const stones = (list.data?.stock_items ?? []).filter((s) => s.id !== item.id && !s.metal)
  const shown = [...Object.values(picks).map((p) => p.item).filter((p) => !stones.some((s) => s.id === p.id)), ...stones]
  const chosen = Object.values(picks)
  const after = previewAfterSetting(item, chosen)
  const errors = rowErrors(action.error, "stones", chosen.map((p) => p.item.id), ["stones", "stock_item_id", "id", "status"])
  const submit = async () => {
    if (!chosen.length) return setMissing(t("jewelry.stones.needStone"))
    setMissing(null)
    try {
      await action.mutateAsync(setStonesRequest({ stones: chosen.map(stoneLine) }))
      toast.success(t("jewelry.stones.set", { count: chosen.length, tag: item.tag_id }))
      onClose()
    } catch {
      // Shown on the stone's row, or for the whole form.
    }
  }
  const formError = missing ?? errors._form ?? errors.stones ?? errors.stock_item_id ?? errors.id ?? errors.status
  return (
    <FormDrawer open={open} onClose={onClose} title={t("jewelry.stones.setTitle", { tag: item.tag_id })} description={t("jewelry.stones.setHint")} testId="set-stones" submitLabel={t("jewelry.stones.setAction")} busy={action.isPending} onSubmit={submit} formError={formError}>
      <Input type="search" size="small" placeholder={t("jewelry.stones.search")} aria-label={t("jewelry.stones.search")} value={q} onChange={(e) => setQ(e.target.value)} data-testid="stones-search" />
      <StonePicks stones={shown} picks={picks} onChange={setPicks} errors={errors} />
      <div className="grid grid-cols-2 gap-2 rounded-md border px-3 py-2" data-testid="set-stones-after">
        <div>
          <Text size="xsmall" className="text-ui-fg-subtle">{t("jewelry.stones.weightAfter")}</Text>
          <Text size="small" weight="plus" data-testid="weight-after">{item.weight} → {after.weight} {item.weight_unit}</Text>
        </div>
        <div>
          <Text size="xsmall" className="text-ui-fg-subtle">{t("jewelry.stones.costAfter")}</Text>
          <Text size="small" weight="plus" data-testid="cost-after">{money(item.cost_basis ?? "0")} → {money(after.cost)}</Text>
        </div>
      </div>
    </FormDrawer>
  )
}
