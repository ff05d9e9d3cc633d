import { Button, Text } from "@medusajs/ui"
import { useState, useSyncExternalStore } from "react"
import { useTranslation } from "react-i18next"
import { PrintTagsDrawer } from "./print-tags-drawer"

type Offered = { id: string; tag_id: string; product_id?: string | null }[]

// The items a step just created (a close-out), offered for printing by the page that shows them.
let offered: Offered = []
const listeners = new Set<() => void>()
export function offerTags(items: Offered) {
  offered = items
  listeners.forEach((l) => l())
}
const subscribe = (l: () => void) => (listeners.add(l), () => listeners.delete(l))

/** "Print their tags" for the items just created, until printed or dismissed. */
export function TagPrintOffer() {
  const { t } = useTranslation()
  const items = useSyncExternalStore(subscribe, () => offered)
  const [open, setOpen] = useState(false)
  if (!items.length) return null
  return (
    <div className="flex items-center gap-x-2 px-6 py-3" data-testid="tag-print-offer">
      <Text size="small">{t("jewelry.tags.justCreated", { tags: items.map((i) => i.tag_id).join(", ") })}</Text>
      <Button size="small" onClick={() => setOpen(true)} data-testid="tag-print-offer-open">{t("jewelry.tags.printTheirs")}</Button>
      <Button size="small" variant="transparent" onClick={() => offerTags([])}>{t("jewelry.tags.dismiss")}</Button>
      <PrintTagsDrawer open={open} onClose={() => setOpen(false)} items={items.map((i) => ({ ...i, product_id: i.product_id ?? null }))} />
    </div>
  )
}
