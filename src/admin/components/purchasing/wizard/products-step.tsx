import { Button, Text } from "@medusajs/ui"
import { Plus } from "@medusajs/icons"
import { useTranslation } from "react-i18next"
import { ReviewRow } from "./review-row"
import { rowKey, type OrderWizardState } from "./use-order-wizard"

/** Step 3: the requested products read from the notes, corrected in an editable table; rows can be added and removed. */
export function ProductsStep({ wizard }: { wizard: OrderWizardState }) {
  const { t } = useTranslation()
  const { rows, errors, kind } = wizard
  const priceLabel = kind === "purchase" ? t("jewelry.purchasing.unitCost") : t("jewelry.purchasing.wizard.unitPrice")
  const headers: [string, string][] = [
    [t("jewelry.purchasing.wizard.productMatch"), ""],
    [t("jewelry.purchasing.wizard.description"), ""],
    [t("jewelry.purchasing.wizard.qty"), "w-16"],
    [t("jewelry.purchasing.wizard.size"), "w-16"],
    [t("jewelry.purchasing.wizard.shape"), "w-20"],
    [t("jewelry.weight"), "w-20"],
    [t("jewelry.unit"), "w-20"],
    [t("jewelry.purchasing.wizard.materialQuality"), "min-w-[120px]"],
    [t("jewelry.purchasing.wizard.priority"), "w-24"],
    [priceLabel, "w-24"],
  ]
  return (
    <div className="flex flex-col gap-3">
      {rows.extracting && <Text size="small">{t("jewelry.purchasing.wizard.reading")}</Text>}
      {rows.warnings.map((w) => (
        <Text key={w} size="small" className="text-ui-fg-subtle" data-testid="extraction-warning">
          {w}
        </Text>
      ))}
      <div className="overflow-x-auto">
        <table className="w-full text-left txt-small" data-testid="review-table">
          <thead className="text-ui-fg-subtle">
            <tr>
              {headers.map(([label, width]) => (
                <th key={label} className={`p-1 ${width}`}>
                  {label}
                </th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.list.map((r, i) => (
              <ReviewRow key={i} row={r} priceLabel={priceLabel} error={errors[rowKey(i)]} set={(patch) => rows.set(i, patch)} remove={() => rows.remove(i)} />
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <Button size="small" variant="secondary" onClick={rows.add} data-testid="add-row">
          <Plus /> {t("jewelry.purchasing.wizard.row")}
        </Button>
      </div>
    </div>
  )
}
