import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ChangesTable } from "../../components/metal-prices/changes-table"
import { RateChart } from "../../components/metal-prices/rate-chart"
import { RateHistoryTable } from "../../components/metal-prices/rate-history-table"
import { RatesDrawer } from "../../components/metal-prices/rates-drawer"
import { RepriceModal } from "../../components/metal-prices/reprice-modal"
import { RuleDrawer } from "../../components/metal-prices/rule-drawer"
import { RulesTable } from "../../components/metal-prices/rules-table"
import { TodayRates } from "../../components/metal-prices/today-rates"
import { OptionSelect } from "../../components/option-select"
import { useRateHistory, useTodayRates } from "../../hooks/api/metal-prices"
import { useCanMoveLots } from "../../hooks/api/metal"
import type { PriceRule } from "../../../types/metal-prices"

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

/**
 * Metal prices: the day's rates per metal and currency with their history
 * and chart, the price rules, Reprice (old beside new, applied through
 * Medusa's pricing) and every price a reprice changed.
 */
const MetalPricesPage = () => {
  const { t } = useTranslation()
  const canEdit = useCanMoveLots()
  const today = useTodayRates()
  const currencies = (today.data?.currencies ?? []).slice().sort((a, b) => Number(b.is_default) - Number(a.is_default)).map((c) => c.code)
  const [picked, setPicked] = useState("")
  const currency = picked || currencies[0] || ""
  const [unit, setUnit] = useState<"g" | "ozt">("ozt")
  const [days, setDays] = useState("90")
  const history = useRateHistory({ currency_code: currency || undefined, from: daysAgo(Number(days)), limit: 500 })
  const [ratesOpen, setRatesOpen] = useState(false)
  const [rule, setRule] = useState<PriceRule | null>(null)
  const [ruleOpen, setRuleOpen] = useState(false)
  const [repricing, setRepricing] = useState(false)
  return (
    <div className="flex flex-col gap-y-3" data-testid="metal-prices-page">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading>{t("jewelry.metalPrices.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{t("jewelry.metalPrices.description")}</Text>
          </div>
          <div className="flex items-center gap-x-2">
            <OptionSelect ariaLabel={t("jewelry.metalPrices.currency")} size="small" className="w-24" value={currency} onChange={setPicked} options={currencies.map((c) => [c, c.toUpperCase()])} />
            <OptionSelect ariaLabel={t("jewelry.metalPrices.per")} size="small" className="w-44" value={unit} onChange={(v) => setUnit(v as "g" | "ozt")} options={[["ozt", t("jewelry.metalPrices.unit_ozt")], ["g", t("jewelry.metalPrices.unit_g")]]} />
            {canEdit && (
              <Button size="small" variant="secondary" className="whitespace-nowrap" onClick={() => setRatesOpen(true)} data-testid="open-rates-form">
                {t("jewelry.metalPrices.enterRates")}
              </Button>
            )}
          </div>
        </div>
        {today.error && <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">{today.error.message}</Text>}
        {today.data && <TodayRates data={today.data} currency={currency} canEdit={canEdit} />}
      </Container>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">{t("jewelry.metalPrices.history")}</Heading>
          <OptionSelect ariaLabel={t("jewelry.metalPrices.period")} size="small" className="w-40" value={days} onChange={setDays} options={[["30", t("jewelry.metalPrices.lastDays", { n: 30 })], ["90", t("jewelry.metalPrices.lastDays", { n: 90 })], ["365", t("jewelry.metalPrices.lastDays", { n: 365 })]]} />
        </div>
        <RateChart rates={history.data?.rates ?? []} unit={unit} currency={currency} />
        <RateHistoryTable currency={currency} unit={unit} />
      </Container>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h2">{t("jewelry.metalPrices.rules")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{t("jewelry.metalPrices.rulesHint")}</Text>
          </div>
          {canEdit && (
            <div className="flex gap-x-2">
              <Button size="small" variant="secondary" onClick={() => { setRule(null); setRuleOpen(true) }} data-testid="new-rule">
                {t("jewelry.metalPrices.newRule")}
              </Button>
              <Button size="small" onClick={() => setRepricing(true)} data-testid="open-reprice">
                {t("jewelry.metalPrices.reprice")}
              </Button>
            </div>
          )}
        </div>
        <RulesTable onOpen={(r) => { if (canEdit) { setRule(r); setRuleOpen(true) } }} />
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("jewelry.metalPrices.changes")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("jewelry.metalPrices.changesHint")}</Text>
        </div>
        <ChangesTable />
      </Container>
      <RatesDrawer open={ratesOpen} onClose={() => setRatesOpen(false)} currencies={currencies} />
      <RuleDrawer open={ruleOpen} rule={rule} onClose={() => setRuleOpen(false)} currencies={currencies} />
      <RepriceModal open={repricing} onClose={() => setRepricing(false)} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "jewelry.nav.metalPrices",
  translationNs: "translation",
  icon: ChartBar,
  rank: 42,
})

export default MetalPricesPage
