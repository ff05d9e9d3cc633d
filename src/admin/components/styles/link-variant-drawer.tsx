import { Button, Checkbox, Drawer, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useProductVariants } from "../../hooks/api/medusa"
import { useSaveStyle, type Style } from "../../hooks/api/styles"
import { fieldErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { OptionSelect } from "../option-select"

/**
 * Links a style to the Medusa variant it is sold as. Made to order: a
 * storefront order for that variant opens the style's production job by
 * itself, and the store shows a ship date from the lead time and the queue.
 */
export function LinkVariantDrawer({ style, onClose }: { style: Style | null; onClose: () => void }) {
  const { t } = useTranslation()
  const products = useProductVariants().data ?? []
  const save_ = useSaveStyle()
  const [productId, setProductId] = useState("")
  const [variantId, setVariantId] = useState("")
  const [mto, setMto] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const clear = () => setErrors({})
  useEffect(() => {
    if (!style) return
    clear()
    const owner = products.find((p) => p.variants.some((v) => v.id === style.variant_id))
    setProductId(owner?.id ?? "")
    setVariantId(style.variant_id ?? "")
    setMto(!!style.made_to_order)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [style, products.length])
  const variants = products.find((p) => p.id === productId)?.variants ?? []
  const save = () => {
    if (!style) return
    clear()
    save_.mutate(
      { id: style.id, body: { variant_id: variantId || null, made_to_order: !!variantId && mto } },
      {
        onSuccess: () => {
          toast.success(t(mto && variantId ? "jewelry.styles.nowMadeToOrder" : "jewelry.styles.linkSaved", { code: style.code }))
          onClose()
        },
        onError: (e) => setErrors(fieldErrors(e, ["variant_id"])),
      }
    )
  }
  return (
    <Drawer open={!!style} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="link-variant-form">
        <Drawer.Header>
          <Drawer.Title>{t("jewelry.styles.sellTitle", { code: style?.code ?? "" })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Field label={t("jewelry.styles.product")} htmlFor="link-product">
            <OptionSelect id="link-product" value={productId} onChange={(v) => { setProductId(v); setVariantId("") }} options={products.map((p) => [p.id, p.title])} emptyLabel={t("jewelry.styles.notSold")} />
          </Field>
          {productId && (
            <Field label={t("jewelry.styles.variant")} htmlFor="link-variant" error={errors.variant_id}>
              <OptionSelect id="link-variant" value={variantId} onChange={setVariantId} options={variants.map((v) => [v.id, v.title])} placeholder={t("jewelry.styles.chooseVariant")} />
            </Field>
          )}
          <div className="flex items-center gap-x-2">
            <Checkbox id="link-mto" checked={mto} disabled={!variantId} onCheckedChange={(v) => setMto(v === true)} />
            <Label htmlFor="link-mto">{t("jewelry.styles.madeToOrderHint")}</Label>
          </div>
          {errors._form && <Text className="text-ui-fg-error">{errors._form}</Text>}
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" onClick={onClose}>{t("jewelry.cancel")}</Button>
          <Button size="small" onClick={save} data-testid="save-link-variant">{t("jewelry.styles.save")}</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
