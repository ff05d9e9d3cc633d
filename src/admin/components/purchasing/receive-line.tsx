import { Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import type { PurchaseOrderLine } from "../../../types/purchasing"
import { OptionSelect } from "../option-select"
import { Weight } from "../weight"
import { ProductSearch } from "./product-search"

/** One open line of Receive inventory, as the jeweler fills it in. */
export type ReceiveRow = { include: boolean; quantity: string; weight: string; weight_unit: string; product_id: string; product_title: string; inventory_type_id: string }

export function ReceiveLine({
  line,
  row,
  set,
  error,
  types,
}: {
  line: PurchaseOrderLine
  row: ReceiveRow
  set: (patch: Partial<ReceiveRow>) => void
  error?: string
  types: { id: string; name: string }[]
}) {
  const { t } = useTranslation()
  return (
    <div className="rounded-lg border p-3" data-testid="receive-line">
      <label className="flex items-center gap-2 txt-small-plus">
        <input type="checkbox" checked={row.include} onChange={(e) => set({ include: e.target.checked })} />
        {line.description}{" "}
        <span className="text-ui-fg-subtle">
          ({t("jewelry.purchasing.receivedOf", { received: line.received_quantity, ordered: line.quantity })}
          {line.weight && line.weight_unit ? <> · <Weight value={line.weight} unit={line.weight_unit} /></> : null})
        </span>
      </label>
      {row.include && (
        <div className="mt-2 grid grid-cols-4 gap-2">
          <Input size="small" aria-label={t("jewelry.purchasing.quantityReceived")} value={row.quantity} onChange={(e) => set({ quantity: e.target.value })} />
          <Input
            size="small"
            aria-label={t("jewelry.purchasing.weightReceived")}
            aria-invalid={!!error}
            placeholder={line.weight ? t("jewelry.purchasing.weightRequired") : t("jewelry.weight")}
            value={row.weight}
            onChange={(e) => set({ weight: e.target.value })}
          />
          <OptionSelect size="small" ariaLabel={t("jewelry.purchasing.weightUnit")} value={row.weight_unit} onChange={(v) => set({ weight_unit: v })} options={WEIGHT_UNIT_CODES.map((u) => [u, u])} />
          <OptionSelect
            size="small"
            ariaLabel={t("jewelry.purchasing.inventoryType")}
            value={row.inventory_type_id}
            onChange={(v) => set({ inventory_type_id: v })}
            options={types.map((ty) => [ty.id, ty.name])}
            placeholder={t("jewelry.purchasing.chooseType")}
          />
          {!line.product_id && !line.style_id && (
            <div className="col-span-4">
              <ProductSearch
                ariaLabel={t("jewelry.purchasing.receiveAsProduct")}
                id={row.product_id}
                title={row.product_title}
                onChange={(p) => set({ product_id: p.id, product_title: p.title })}
                placeholder={t("jewelry.purchasing.receiveAsProductPlaceholder")}
              />
            </div>
          )}
        </div>
      )}
      {error && (
        <Text size="small" className="mt-1 text-ui-fg-error" role="alert" data-testid="receive-line-error">
          {error}
        </Text>
      )}
    </div>
  )
}
