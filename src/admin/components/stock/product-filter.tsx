import { CheckMini } from "@medusajs/icons"
import { Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useProductSearch } from "../../hooks/api/medusa"
import { useDebouncedValue } from "../../hooks/use-debounced-value"

/** The product filter's popover: products searched on the server (20 at a time), one click picks. */
export function ProductFilterContent({ value, onChange }: { value: unknown; onChange: (v: string | undefined) => void }) {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const products = useProductSearch(useDebouncedValue(q)).data ?? []
  return (
    <div className="flex w-[260px] flex-col" data-testid="stock-product-filter">
      <div className="border-b p-2">
        <Input size="small" type="search" autoFocus placeholder={t("jewelry.stock.searchProducts")} value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <div className="flex max-h-[300px] flex-col overflow-auto p-1" role="list">
        {products.map((p) => (
          <button key={p.id} type="button" role="listitem" className="txt-compact-small hover:bg-ui-bg-base-hover flex items-center gap-x-2 rounded px-2 py-1 text-left" onClick={() => onChange(p.id)}>
            <span className="flex size-[15px] items-center justify-center">{value === p.id && <CheckMini />}</span>
            {p.title}
          </button>
        ))}
        {!products.length && <Text size="small" className="text-ui-fg-muted px-2 py-4 text-center">{t("jewelry.stock.noProducts")}</Text>}
      </div>
    </div>
  )
}
