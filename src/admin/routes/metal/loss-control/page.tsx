import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { LossChart } from "../../../components/metal/loss-chart"
import { LossFilters, type LossFilterValue } from "../../../components/metal/loss-filters"
import { LossPointsTable } from "../../../components/metal/loss-points-table"
import { LossSummary } from "../../../components/metal/loss-summary"
import { useLossReport } from "../../../hooks/api/metal"
import { lastDays, periodQuery } from "../../../lib/format"

/**
 * Loss control (SPEC 4c): the loss % of every completed job stage over a
 * period against its standard, before and after what refining recovered.
 */
const LossControlPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [filters, setFilters] = useState<LossFilterValue>({ period: lastDays(90) })
  const { period, ...rest } = filters
  const { data, isLoading, error } = useLossReport({ ...rest, ...periodQuery(period) })
  return (
    <div className="flex flex-col gap-y-3" data-testid="loss-control-page">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>{t("jewelry.loss.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("jewelry.loss.description")}</Text>
        </div>
        <LossFilters value={filters} onChange={setFilters} />
        {error && <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">{error.message}</Text>}
        {isLoading && <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("jewelry.loading")}</Text>}
        {data && <LossSummary report={data} />}
        {data && <LossChart points={data.points} standard={data.standard_pct} unit={data.unit} onOpen={(p) => navigate(`/production-jobs/${p.job_id}`)} />}
      </Container>
      {data && (
        <Container className="p-0">
          <div className="px-6 py-4">
            <Heading level="h2">{t("jewelry.loss.pointsTitle")}</Heading>
          </div>
          <LossPointsTable points={data.points} unit={data.unit} />
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "jewelry.nav.lossControl",
  rank: 1,
  translationNs: "translation",
})

export default LossControlPage
