import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { BalancesTable, type HolderRow } from "../../components/metal/balances-table"
import { HolderDrawer } from "../../components/metal/holder-drawer"
import { PeriodFilter } from "../../components/metal/period-filter"
import { useMetalBalances } from "../../hooks/api/metal"
import { lastDays, periodQuery } from "../../lib/format"

/**
 * Metal balances (SPEC 4b): every staff member and outside vendor who holds
 * metal, what they hold now per purity (gross and fine), and for a period
 * what was issued to them, returned and lost against the allowed loss.
 */
const MetalBalancesPage = () => {
  const { t } = useTranslation()
  const [period, setPeriod] = useState(lastDays(30))
  const [open, setOpen] = useState<HolderRow | null>(null)
  const query = periodQuery(period)
  const { data, isLoading, error } = useMetalBalances(query)
  return (
    <Container className="divide-y p-0" data-testid="metal-balances-page">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading>{t("jewelry.balances.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {data?.scope === "own" ? t("jewelry.balances.ownScope") : t("jewelry.balances.description")}
          </Text>
        </div>
        <PeriodFilter value={period} onChange={setPeriod} />
      </div>
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
          {error.message}
        </Text>
      )}
      <BalancesTable data={data} isLoading={isLoading} onOpen={setOpen} />
      <HolderDrawer holder={open} period={query} unit={data?.unit ?? "g"} onClose={() => setOpen(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "jewelry.nav.metal",
  translationNs: "translation",
  icon: CurrencyDollar,
  rank: 40,
})

export default MetalBalancesPage
