import { IconButton, Input, Text } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useTranslation } from "react-i18next"
import { WEIGHT_UNIT_CODES } from "../../../../lib/units"
import { LINE_PRIORITIES } from "../../../../types/purchasing"
import { OptionSelect } from "../../option-select"
import { ProductMatch } from "./product-match"
import { sourceLine, type Priority, type Row } from "./rows"

type Props = { row: Row; priceLabel: string; error?: string; set: (patch: Partial<Row>) => void; remove: () => void }

/** One requested product in the review table, every field editable; the words it was read from under its description. */
export function ReviewRow({ row, priceLabel, error, set, remove }: Props) {
  const { t } = useTranslation()
  const text = (key: "quantity" | "size" | "shape" | "weight" | "material" | "price", label: string) => (
    <td className="p-1">
      <Input size="small" aria-label={label} aria-invalid={!!error} value={row[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </td>
  )
  const source = sourceLine(row.source, t)
  return (
    <tr data-testid="review-row" className="align-top">
      <td className="p-1 min-w-[220px]">
        <ProductMatch row={row} set={set} />
      </td>
      <td className="p-1 min-w-[200px]">
        <Input size="small" aria-label={t("jewelry.purchasing.wizard.description")} value={row.description} onChange={(e) => set({ description: e.target.value })} />
        {source && (
          <Text size="xsmall" className="mt-1 block max-w-[360px] truncate text-ui-fg-muted" title={source} data-testid="row-source">
            {source}
          </Text>
        )}
        {error && (
          <Text size="xsmall" className="mt-1 text-ui-fg-error" role="alert" data-testid="review-row-error">
            {error}
          </Text>
        )}
      </td>
      {text("quantity", t("jewelry.purchasing.wizard.quantity"))}
      {text("size", t("jewelry.purchasing.wizard.size"))}
      {text("shape", t("jewelry.purchasing.wizard.shape"))}
      {text("weight", t("jewelry.weight"))}
      <td className="p-1">
        <OptionSelect size="small" ariaLabel={t("jewelry.unit")} value={row.weight_unit} onChange={(v) => set({ weight_unit: v })} options={WEIGHT_UNIT_CODES.map((u) => [u, u])} />
      </td>
      {text("material", t("jewelry.purchasing.wizard.material"))}
      <td className="p-1">
        <OptionSelect
          size="small"
          ariaLabel={t("jewelry.purchasing.wizard.priority")}
          value={row.priority}
          onChange={(v) => set({ priority: v as Priority | "" })}
          options={LINE_PRIORITIES.map((p) => [p, t(`jewelry.purchasing.priority.${p}`)])}
          emptyLabel="—"
        />
      </td>
      {text("price", priceLabel)}
      <td className="p-1">
        <IconButton size="small" variant="transparent" aria-label={t("jewelry.purchasing.wizard.removeRow")} onClick={remove}>
          <Trash />
        </IconButton>
      </td>
    </tr>
  )
}
