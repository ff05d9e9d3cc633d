import { ArrowDownMini, ArrowUpMini, XMarkMini } from "@medusajs/icons"
import { IconButton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useProductTitle } from "../../hooks/api/medusa"

/** An item to print a tag for; its product as the list returned it (Query), else looked up by id. */
export type TagPick = { id: string; tag_id: string; product_id?: string | null; product?: { title: string } | null; weight?: string; weight_unit?: string }

/** The item's product title: from the row when the server named it, else Medusa's record (cached per product). */
export function ItemProductName({ item }: { item: Pick<TagPick, "product" | "product_id"> }) {
  const looked = useProductTitle(item.product ? null : item.product_id).data
  return <>{item.product?.title ?? looked?.title ?? item.product_id ?? ""}</>
}

/** The tags to print, in the order they will come out: move one up or down, or remove it. */
export function PrintTagsList({ picked, onChange }: { picked: TagPick[]; onChange: (next: TagPick[]) => void }) {
  const { t } = useTranslation()
  const move = (k: number, d: number) => {
    const next = [...picked]
    const [x] = next.splice(k, 1)
    next.splice(Math.max(0, Math.min(next.length, k + d)), 0, x)
    onChange(next)
  }
  return (
    <div className="flex flex-col gap-y-1" data-testid="print-tags-list">
      {picked.map((p, k) => (
        <div key={p.id} className="flex items-center gap-x-2" data-testid="print-tags-item" data-tag={p.tag_id}>
          <Text size="small" className="w-6 text-ui-fg-subtle">{k + 1}.</Text>
          <Text size="small" className="font-mono w-40">{p.tag_id}</Text>
          <Text size="xsmall" className="flex-1 text-ui-fg-subtle truncate"><ItemProductName item={p} /></Text>
          <IconButton size="2xsmall" variant="transparent" aria-label={t("jewelry.tags.up", { tag: p.tag_id })} disabled={k === 0} onClick={() => move(k, -1)}><ArrowUpMini /></IconButton>
          <IconButton size="2xsmall" variant="transparent" aria-label={t("jewelry.tags.down", { tag: p.tag_id })} disabled={k === picked.length - 1} onClick={() => move(k, 1)}><ArrowDownMini /></IconButton>
          <IconButton size="2xsmall" variant="transparent" aria-label={t("jewelry.tags.removeItem", { tag: p.tag_id })} onClick={() => onChange(picked.filter((y) => y.id !== p.id))}><XMarkMini /></IconButton>
        </div>
      ))}
      {!picked.length && <Text size="small" className="text-ui-fg-muted">{t("jewelry.tags.none")}</Text>}
    </div>
  )
}
