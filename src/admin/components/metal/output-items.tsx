import { Text } from "@medusajs/ui"
import { useQueries } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { sdkFetch } from "../../lib/sdk"
import type { StockItemRow } from "../../hooks/api/stock-items"

/** The stock items a lot created (fine metal back from the refiner, a melt's new item), each opening its page. */
export function OutputItems({ ids }: { ids: string[] }) {
  const { t } = useTranslation()
  const items = useQueries({
    queries: ids.map((id) => ({ queryKey: ["stock-items", "detail", id], queryFn: () => sdkFetch<{ stock_item: StockItemRow }>(`/admin/stock-items/${id}`) })),
  })
  if (!ids.length) return null
  return (
    <div className="flex flex-col gap-y-1 px-6 py-4" data-testid="output-items">
      <Text size="small" weight="plus">{t("jewelry.lots.createdItems")}</Text>
      {ids.map((id, i) => {
        const item = items[i]?.data?.stock_item
        return (
          <Link key={id} to={`/stock/${id}`} className="txt-small text-ui-fg-interactive" data-testid="output-item">
            <span className="font-mono">{item?.tag_id ?? id}</span>
            {item ? ` · ${item.purity} · ${item.weight} ${item.weight_unit}` : ""}
          </Link>
        )
      })}
    </div>
  )
}
