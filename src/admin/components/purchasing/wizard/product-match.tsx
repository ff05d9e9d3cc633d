import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useProductWithVariants } from "../../../hooks/api/medusa"
import { OptionSelect } from "../../option-select"
import { ProductSearch } from "../product-search"
import type { Row } from "./rows"

/**
 * The row's catalog match: a product found by a server search (or none: a
 * free description), narrowed to a variant, with how sure the notes' match was.
 */
export function ProductMatch({ row, set }: { row: Row; set: (patch: Partial<Row>) => void }) {
  const { t } = useTranslation()
  const product = useProductWithVariants(row.product_id || null).data
  const variants = product?.variants ?? []
  const title = product?.title ?? row.product_title
  return (
    <>
      <ProductSearch
        ariaLabel={t("jewelry.purchasing.wizard.product")}
        id={row.product_id}
        title={title}
        onChange={(p) => set({ product_id: p.id, product_title: p.title, variant_id: "", confidence: null })}
        emptyLabel={t("jewelry.purchasing.wizard.noProduct")}
      />
      {row.product_id && variants.length > 0 && (
        <div className="mt-1">
          <OptionSelect
            size="small"
            ariaLabel={t("jewelry.purchasing.wizard.variant")}
            value={row.variant_id}
            onChange={(v) => set({ variant_id: v })}
            options={variants.map((v) => [v.id, v.title])}
            emptyLabel={t("jewelry.purchasing.wizard.anyVariant")}
          />
        </div>
      )}
      {row.confidence !== null && (
        <Badge size="2xsmall" color={row.confidence >= 0.8 ? "green" : "orange"} className="mt-1">
          {t("jewelry.purchasing.wizard.match", { percent: Math.round(row.confidence * 100) })}
        </Badge>
      )}
    </>
  )
}
