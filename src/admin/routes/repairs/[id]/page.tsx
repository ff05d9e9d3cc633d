import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { ApproveDrawer } from "../../../components/repairs/approve-drawer"
import { EstimateDrawer } from "../../../components/repairs/estimate-drawer"
import { PickupDrawer } from "../../../components/repairs/pickup-drawer"
import { RepairActions, type RepairDrawer } from "../../../components/repairs/repair-actions"
import { RepairFacts } from "../../../components/repairs/repair-facts"
import { RepairPath } from "../../../components/repairs/repair-path"
import { RepairStatusBadge } from "../../../components/repairs/repair-status"
import { useRepair } from "../../../hooks/api/repairs"

/** A repair: whose piece, where it is, the job on it, the weights, the status path and what can be done now. */
const RepairPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const { data, error } = useRepair(id!)
  const [drawer, setDrawer] = useState<RepairDrawer>(null)
  if (error) return <Text className="text-ui-fg-error" role="alert">{error.message}</Text>
  if (!data) return <Text>{t("jewelry.loading")}</Text>
  const repair = data.repair
  const close = () => setDrawer(null)
  return (
    <div className="flex flex-col gap-y-3" data-testid="repair-page">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-4 px-6 py-4">
          <div>
            <Link to="/repairs" className="txt-small text-ui-fg-subtle">← {t("jewelry.nav.repairs")}</Link>
            <div className="flex items-center gap-x-2">
              <Heading data-testid="repair-heading">{repair.item?.tag_id ?? repair.id}</Heading>
              <RepairStatusBadge status={repair.status} />
            </div>
            <Text size="small" className="text-ui-fg-subtle" data-testid="repair-description">{repair.description}</Text>
          </div>
          <RepairActions repair={repair} onOpen={setDrawer} />
        </div>
        <RepairPath repair={repair} />
        {repair.status === "approved" && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-3" data-testid="repair-bench-hint">{t("jewelry.repairs.benchHint")}</Text>
        )}
        {repair.status === "picked_up" && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-3" data-testid="repair-read-only">{t("jewelry.repairs.readOnly")}</Text>
        )}
        <RepairFacts repair={repair} />
      </Container>
      <EstimateDrawer repair={repair} open={drawer === "estimate"} onClose={close} />
      <ApproveDrawer repair={repair} open={drawer === "approve"} onClose={close} />
      <PickupDrawer repair={repair} open={drawer === "pickup"} onClose={close} />
      <PickupDrawer repair={repair} open={drawer === "return"} onClose={close} returning />
    </div>
  )
}

export default RepairPage
