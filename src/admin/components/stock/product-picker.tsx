import { Input } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useProductSearch, type ProductPick } from "../../hooks/api/medusa"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { OptionSelect } from "../option-select"

/**
 * Picks a product of Medusa's catalog: typed words search the server (20
 * products at a time, whatever the catalog's size), the select offers what
 * was found; the one picked stays offered while searching again.
 */
export function ProductPicker({ id, value, onChange }: { id: string; value: ProductPick | null; onChange: (p: ProductPick | null) => void }) {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const found = useProductSearch(useDebouncedValue(q)).data ?? []
  const options = value && !found.some((p) => p.id === value.id) ? [value, ...found] : found
  return (
    <div className="flex flex-col gap-y-2">
      <Input
        id={`${id}-search`}
        size="small"
        type="search"
        placeholder={t("jewelry.stock.searchProducts")}
        aria-label={t("jewelry.stock.searchProducts")}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <OptionSelect id={id} value={value?.id} onChange={(v) => onChange(options.find((p) => p.id === v) ?? null)} options={options.map((p) => [p.id, p.title])} placeholder={t("jewelry.stock.chooseProduct")} />
    </div>
  )
}
