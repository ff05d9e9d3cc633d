import { Button, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { productTitle, useStockItemList } from "../../hooks/api/stock-items"
import { Weight } from "../weight"
import { Field } from "../field"
import type { TagPick } from "./print-tags-list"

/** Finds items by tag (the server's search, 20 at a time) to add one, or all found, to the tags to print. */
export function PrintTagsFind({ open, picked, add }: { open: boolean; picked: TagPick[]; add: (items: TagPick[]) => void }) {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) setQ("")
  }
  const found = useStockItemList({ q: q.trim() || undefined, limit: 20, order: "tag_id" }, open && q.trim().length > 0).data?.stock_items ?? []
  return (
    <>
      <Field label={t("jewelry.tags.find")} htmlFor="print-tags-find">
        <Input id="print-tags-find" size="small" value={q} onChange={(e) => setQ(e.target.value)} placeholder="JWDIA" />
      </Field>
      {q.trim() && (
        <div className="flex flex-col gap-y-1" data-testid="print-tags-found">
          {found.map((i) => (
            <div key={i.id} className="flex items-center gap-x-2">
              <Text size="small" className="font-mono w-40">{i.tag_id}</Text>
              <Text size="xsmall" className="flex-1 text-ui-fg-subtle truncate">{productTitle(i)} · <Weight value={i.weight} unit={i.weight_unit} /></Text>
              <Button size="small" variant="transparent" disabled={picked.some((p) => p.id === i.id)} onClick={() => add([i])} data-testid="print-tags-add">{t("jewelry.tags.add")}</Button>
            </div>
          ))}
          {found.length > 1 && (
            <Button size="small" variant="secondary" onClick={() => add(found)} data-testid="print-tags-add-all">{t("jewelry.tags.addAll", { count: found.length })}</Button>
          )}
        </div>
      )}
    </>
  )
}
