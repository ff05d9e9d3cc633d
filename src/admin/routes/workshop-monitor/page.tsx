import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ComputerDesktop } from "@medusajs/icons"
import { Button, Container } from "@medusajs/ui"
import { useCallback } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { PageHeader } from "../../components/page-header"
import { WorkshopScan } from "../../components/tags/workshop-scan"
import { KioskView } from "../../components/workshop-monitor/kiosk-view"
import { MonitorTable } from "../../components/workshop-monitor/monitor-table"

/**
 * Every active job of all three kinds in one queue, paged on the server with
 * the whole queue's exact counts. `?kiosk=1` shows it full screen for a wall
 * display: it refreshes itself, turns its pages by itself, and Esc leaves it.
 */
const MonitorPage = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const leave = useCallback(() => setParams({}), [setParams])
  if (params.get("kiosk") === "1") return <KioskView onLeave={leave} />
  return (
    <Container className="divide-y p-0" data-testid="monitor-page">
      <PageHeader
        title={t("jewelry.monitor.title")}
        subtitle={t("jewelry.monitor.subtitle")}
        actions={
          <div className="flex items-start gap-x-2">
            <WorkshopScan />
            <Button size="small" variant="secondary" onClick={() => setParams({ kiosk: "1" })} data-testid="open-kiosk">{t("jewelry.monitor.kiosk")}</Button>
          </div>
        }
      />
      <MonitorTable />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "jewelry.monitor.nav", translationNs: "translation", icon: ComputerDesktop })

export default MonitorPage
