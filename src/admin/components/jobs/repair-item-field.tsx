import { Input } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useStockItemList } from "../../hooks/api/stock-items"
import { Field } from "../field"
import { OptionSelect } from "../option-select"

/**
 * A repair of the shop's stock: the piece to repair, from available shop
 * stock of the caller's locations (customers' pieces are taken in under
 * Repairs instead). Its tag narrows the list.
 */
export function RepairItemField({ value, onChange, error }: { value: string; onChange: (id: string) => void; error?: string }) {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const { data } = useStockItemList({ status: "available", ownership: "shop", q: q.trim() || undefined, limit: 100, order: "tag_id" })
  const items = data?.stock_items ?? []
  return (
    <Field label={t("jewelry.jobRepair.pieceToRepair")} htmlFor="job-repair-item" error={error} hint={t("jewelry.jobRepair.pieceToRepairHint")}>
      <div className="grid grid-cols-[160px_1fr] gap-2">
        <Input size="small" type="search" placeholder={t("jewelry.jobRepair.searchTag")} aria-label={t("jewelry.jobRepair.searchTag")} value={q} onChange={(e) => setQ(e.target.value)} data-testid="job-repair-search" />
        <OptionSelect
          id="job-repair-item"
          value={value}
          placeholder={t("jewelry.jobRepair.choosePiece")}
          options={items.map((i) => [i.id, `${i.tag_id} · ${[i.shape, i.size, i.quality].filter(Boolean).join(" ") || i.inventory_kind} · ${i.weight} ${i.weight_unit}`])}
          onChange={onChange}
        />
      </div>
    </Field>
  )
}
