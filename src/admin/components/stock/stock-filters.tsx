import { createDataTableFilterHelper, type DataTableFilteringState } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { INVENTORY_KIND_LABELS, INVENTORY_KINDS } from "../../../lib/industry-defaults"
import { METAL_LABELS, METALS } from "../../../lib/purity"
import { SHOP_STOCK_STATUSES } from "../../../lib/stock-statuses"
import { useProductTitle, useStockLocations } from "../../hooks/api/medusa"
import type { StockItemQuery, StockItemRow } from "../../hooks/api/stock-items"
import { useInventoryTypes } from "../../hooks/api/production-settings"
import { ProductFilterContent } from "./product-filter"

/** The filters a stock list can be fixed to (the product page fixes its product and kind). */
export type StockFilters = Omit<StockItemQuery, "limit" | "offset" | "order" | "q">
export type StockFilterKey = keyof StockFilters

/** Filters that live in the URL on the stock page, so a link (the product page's) opens the same view. */
export const STOCK_URL_FILTERS = ["product_id", "inventory_kind", "inventory_type_id", "metal", "location_id", "status", "ownership"] as const

const filter = createDataTableFilterHelper<StockItemRow>()
const TEXT_FILTERS = ["shape", "size", "color", "quality"] as const

/**
 * The stock list's filters as Medusa's filter menu offers them: product
 * (searched on the server), inventory kind and type, metal, location,
 * status, ownership, and shape / size / color / quality as typed text. Those
 * fixed or hidden are left out.
 */
export function useStockFilters({ fixed, hide, state }: { fixed: StockFilters; hide: StockFilterKey[]; state: DataTableFilteringState }) {
  const { t } = useTranslation()
  const types = useInventoryTypes().data
  const locations = useStockLocations().data
  const productId = typeof state.product_id === "string" ? state.product_id : undefined
  const product = useProductTitle(productId).data
  const kind = fixed.inventory_kind ?? (typeof state.inventory_kind === "string" ? state.inventory_kind : undefined)
  return useMemo(() => {
    const show = (k: StockFilterKey) => !hide.includes(k) && !(k in fixed)
    const radio = (k: StockFilterKey, label: string, options: [string, string][]) =>
      show(k) ? [filter.accessor(k as any, { type: "radio", label, options: options.map(([value, l]) => ({ value, label: l })) })] : []
    const typeOptions = (types ?? [])
      .filter((ty) => (!kind || ty.kind === kind) && (ty.kind === "finished" || ty.kind === "materials_supplies"))
      .map((ty) => [ty.id, ty.name] as [string, string])
    return [
      ...(show("product_id")
        ? [
            filter.accessor("product_id", {
              type: "custom",
              label: t("jewelry.stock.product"),
              // The chip names the chosen product (the filter menu shows a custom filter's value by its options).
              ...({ options: productId ? [{ value: productId, label: product?.title ?? productId }] : [] } as object),
              render: ({ value, onChange }) => <ProductFilterContent value={value} onChange={onChange} />,
            }),
          ]
        : []),
      ...radio("inventory_kind", t("jewelry.stock.inventoryKind"), INVENTORY_KINDS.map((k) => [k, INVENTORY_KIND_LABELS[k]])),
      ...radio("inventory_type_id", t("jewelry.stock.inventoryType"), typeOptions),
      ...radio("metal", t("jewelry.metalLabel"), METALS.map((m) => [m, METAL_LABELS[m]])),
      ...radio("location_id", t("jewelry.stock.location"), (locations ?? []).map((l) => [l.id, l.name])),
      ...radio("status", t("jewelry.stock.status"), SHOP_STOCK_STATUSES.map((s) => [s, t(`jewelry.stock.statuses.${s}`)])),
      ...(show("ownership") && !("product_id" in fixed)
        ? radio("ownership", t("jewelry.stock.ownership"), [["shop", t("jewelry.stock.shopStock")], ["customer", t("jewelry.stock.customersPieces")]])
        : []),
      ...TEXT_FILTERS.filter(show).map((k) => filter.accessor(k, { type: "string", label: t(`jewelry.stock.${k}`), placeholder: t(`jewelry.stock.${k}`) })),
    ]
  }, [t, types, locations, productId, product, kind, fixed, hide])
}

/** What the list asks the server for: the fixed filters over the chosen ones (empty ones dropped). */
export function stockQueryFilters(chosen: Record<string, string | string[] | undefined>, fixed: StockFilters): StockFilters {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(chosen)) if (typeof v === "string" && v) out[k] = v
  return { ...(out as StockFilters), ...fixed }
}
