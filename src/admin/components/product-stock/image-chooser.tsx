import { Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useChooseStockImage, useStockImages } from "../../hooks/api/product-stock"

/** Managers and admins set the product's image from its stock items' photos. */
export function ImageChooser({ productId }: { productId: string }) {
  const { t } = useTranslation()
  const { data } = useStockImages(productId, true)
  const choose = useChooseStockImage(productId)
  if (!data?.images.length) return null
  const pick = (id: string) => choose.mutate(id, { onSuccess: () => toast.success(t("jewelry.stock.widget.imageUpdated")), onError: (e) => toast.error(e.message) })
  return (
    <div className="px-6 py-4" data-testid="image-chooser">
      <Text size="small" weight="plus">{t("jewelry.stock.widget.imageTitle")}</Text>
      <div className="mt-2 flex flex-wrap gap-3">
        {data.images.map((img) => (
          <button
            key={img.stock_item_id}
            type="button"
            onClick={() => pick(img.stock_item_id)}
            className={`flex flex-col items-center gap-1 rounded-md border p-1 ${data.thumbnail === img.url ? "border-ui-border-interactive" : ""}`}
            data-testid="choose-image"
            aria-label={t("jewelry.stock.widget.useImage", { tag: img.tag_id })}
          >
            <img src={img.url} alt={img.tag_id} className="h-16 w-16 rounded object-cover" />
            <span className="txt-compact-xsmall font-mono">{img.tag_id}{data.thumbnail === img.url ? " ✓" : ""}</span>
          </button>
        ))}
      </div>
    </div>
  )
}
