import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox, ArrowUpTray, Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { StockTable } from "../../components/stock/stock-table"
import { RecordStock } from "../../components/stock/record-stock"
import { ImportStock } from "../../components/stock/import-stock"
import { PrintTagsButton } from "../../components/tags/print-tags-drawer"

/** Weight-tracked stock: every tagged stone, metal lot and piece, beside Medusa's inventory. */
const StockPage = () => {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [recording, setRecording] = useState(false)
  const [importing, setImporting] = useState(false)
  const [version, setVersion] = useState(0)
  const initial = Object.fromEntries([...params.entries()].filter(([k]) => ["product_id", "inventory_kind", "location_id", "status", "q", "metal", "ownership"].includes(k)))
  return (
    <Container className="divide-y p-0" data-testid="stock-page">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Jewelry Stock</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Tagged items by weight and pieces. Every change is a movement in the item's history.
          </Text>
        </div>
        <div className="flex gap-x-2">
          <PrintTagsButton />
          <Button size="small" variant="secondary" onClick={() => setImporting(true)} data-testid="open-import">
            <ArrowUpTray /> Import CSV
          </Button>
          <Button size="small" onClick={() => setRecording(true)} data-testid="open-record">
            <Plus /> Record stock
          </Button>
        </div>
      </div>
      <div className="px-6 py-4">
        <StockTable key={version} initial={initial} onOpen={(id) => navigate(`/stock/${id}`)} />
      </div>
      <RecordStock open={recording} onClose={() => setRecording(false)} onDone={() => setVersion((v) => v + 1)} />
      <ImportStock open={importing} onClose={() => setImporting(false)} onDone={() => setVersion((v) => v + 1)} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Jewelry Stock",
  icon: ArchiveBox,
})

export default StockPage
