import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { METAL_LABELS } from "../../../lib/purity"
import { useValuation, type ValuationQuery } from "../../hooks/api/metal-prices"
import { amount } from "../../lib/metal-prices"

/**
 * Costs at today's rate beside what was recorded: a stock item's
 * replacement value beside its cost basis, a job's material cost beside the
 * metal issued into it at the day's rate. A metal with no rate says so.
 */
export function MetalValueSection({ query }: { query: ValuationQuery }) {
  const { t } = useTranslation()
  const { data, error } = useValuation(query)
  const v = data?.valuation
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="metal-value-section">
      <Heading level="h2">{t("jewelry.metalPrices.atTodaysRate")}</Heading>
      {error && <Text size="small" className="text-ui-fg-error">{error.message}</Text>}
      {v && !v.metals.length && <Text size="small" className="text-ui-fg-subtle">{t("jewelry.metalPrices.noMetalIn")}</Text>}
      {v && v.metals.length > 0 && (
        <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">{t(`jewelry.metalPrices.recorded_${v.recorded_label}`)}</Text>
            <Text size="small" data-testid="metal-value-recorded">{v.recorded === null ? "—" : `${amount(v.recorded)} ${(v.recorded_currency ?? v.currency_code).toUpperCase()}`}</Text>
          </div>
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">{t(`jewelry.metalPrices.atRate_${v.kind}`)}</Text>
            <Text size="small" weight="plus" data-testid="metal-value-at-rate">{v.at_rate === null ? t("jewelry.metalPrices.noRateFor", { metals: v.missing.map((m) => METAL_LABELS[m]).join(", "), currency: v.currency_code.toUpperCase() }) : `${amount(v.at_rate)} ${v.currency_code.toUpperCase()}`}</Text>
          </div>
          <div className="col-span-2">
            <Text size="xsmall" className="text-ui-fg-subtle">{t("jewelry.metalPrices.fineMetal", { date: v.rates_date ?? "—" })}</Text>
            <Text size="small">{v.metals.map((m) => `${METAL_LABELS[m.metal]} ${m.fine_grams} g × ${m.per_gram ?? "—"} = ${m.value === null ? "—" : amount(m.value)}`).join("; ")}</Text>
          </div>
        </div>
      )}
    </div>
  )
}

/** A style's BOM estimate at the day's rates, for the styles list. */
export function StyleAtRate({ styleId }: { styleId: string }) {
  const { data } = useValuation({ style_id: styleId })
  const v = data?.valuation
  if (!v || !v.metals.length) return <span>—</span>
  return <span data-testid="style-at-rate">{v.at_rate === null ? "—" : amount(v.at_rate)}</span>
}
