import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox, ArrowUpTray, Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { StockTable } from "../../components/stock/stock-table"
import { RecordStock } from "../../components/stock/record-stock"
import { ImportStock } from "../../components/stock/import-stock"
import { PrintTagsButton } from "../../components/tags/print-tags-drawer"

/** Weight-tracked stock: every tagged stone, metal lot and piece, beside Medusa's inventory. */
const StockPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [recording, setRecording] = useState(false)
  const [importing, setImporting] = useState(false)
  return (
    <Container className="divide-y p-0" data-testid="stock-page">
      <div className="px-6 py-4">
        <Heading>{t("jewelry.stock.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("jewelry.stock.intro")}</Text>
      </div>
      <StockTable
        inUrl
        onOpen={(id) => navigate(`/stock/${id}`)}
        actions={
          <>
            <PrintTagsButton />
            <Button size="small" variant="secondary" onClick={() => setImporting(true)} data-testid="open-import">
              <ArrowUpTray /> {t("jewelry.stock.importCsv")}
            </Button>
            <Button size="small" onClick={() => setRecording(true)} data-testid="open-record">
              <Plus /> {t("jewelry.stock.record")}
            </Button>
          </>
        }
      />
      <RecordStock open={recording} onClose={() => setRecording(false)} />
      <ImportStock open={importing} onClose={() => setImporting(false)} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "jewelry.stock.nav",
  translationNs: "translation",
  icon: ArchiveBox,
})

export default StockPage
