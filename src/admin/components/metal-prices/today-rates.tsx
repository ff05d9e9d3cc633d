import { Button, Table, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { METALS, METAL_LABELS } from "../../../lib/purity"
import type { TodayRatesResponse } from "../../../types/metal-prices"
import { useFetchRates } from "../../hooks/api/metal-prices"
import { dateTime } from "../../lib/format"
import { rateIn } from "../../lib/metal-prices"

/** The day's rate of each metal in a currency: per gram and per troy ounce, its day and where it came from. */
export function TodayRates({ data, currency, canEdit }: { data: TodayRatesResponse; currency: string; canEdit: boolean }) {
  const { t } = useTranslation()
  const fetchNow = useFetchRates()
  const today = new Date().toISOString().slice(0, 10)
  const rows = METALS.map((m) => ({ metal: m, rate: data.rates.find((r) => r.metal === m && r.currency_code === currency) ?? null }))
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Table data-testid="today-rates">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("jewelry.metalLabel")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("jewelry.metalPrices.unit_g")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("jewelry.metalPrices.unit_ozt")}</Table.HeaderCell>
            <Table.HeaderCell>{t("jewelry.metalPrices.day")}</Table.HeaderCell>
            <Table.HeaderCell>{t("jewelry.metalPrices.source")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map(({ metal, rate }) => (
            <Table.Row key={metal} data-testid="today-rate" data-metal={metal}>
              <Table.Cell>{METAL_LABELS[metal]}</Table.Cell>
              <Table.Cell className="text-right font-mono" data-testid="today-rate-g">{rate ? rateIn(rate, "g") : "—"}</Table.Cell>
              <Table.Cell className="text-right font-mono" data-testid="today-rate-ozt">{rate ? rateIn(rate, "ozt") : "—"}</Table.Cell>
              <Table.Cell>
                {rate ? rate.rate_date : <Text size="small" className="text-ui-fg-error">{t("jewelry.metalPrices.noRateNeverPrices")}</Text>}
                {rate && rate.rate_date !== today && <Text size="xsmall" className="text-ui-fg-subtle">{t("jewelry.metalPrices.notToday")}</Text>}
              </Table.Cell>
              <Table.Cell>{rate ? t(`jewelry.metalPrices.source_${rate.source}`) : "—"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex items-center justify-between gap-x-4">
        <Text size="small" className="text-ui-fg-subtle" data-testid="provider-status">
          {data.provider.configured
            ? t("jewelry.metalPrices.providerOn", { minutes: data.provider.every_minutes, last: data.provider.last_fetch_at ? dateTime(data.provider.last_fetch_at) : t("jewelry.metalPrices.never") })
            : t("jewelry.metalPrices.providerOff")}
        </Text>
        {data.provider.configured && canEdit && (
          <Button
            size="small"
            variant="secondary"
            isLoading={fetchNow.isPending}
            onClick={async () => {
              try {
                const r = await fetchNow.mutateAsync(undefined as never)
                if (r.warnings.length) toast.warning(r.warnings.join("; "))
                else toast.success(t("jewelry.metalPrices.fetched", { count: r.recorded }))
              } catch (e: any) {
                toast.error(e.message)
              }
            }}
          >
            {t("jewelry.metalPrices.fetchNow")}
          </Button>
        )}
      </div>
    </div>
  )
}
