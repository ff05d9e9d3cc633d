import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { stockCsvFile, type StockItemQuery } from "../../hooks/api/stock-items"
import { saveFile } from "../../lib/files"

/** Downloads exactly the list's filtered set (every page) as CSV, with the admin's own auth. */
export function StockExportButton({ query }: { query: StockItemQuery }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      saveFile(await stockCsvFile(query))
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button size="small" variant="secondary" onClick={run} isLoading={busy} data-testid="export-csv">
      <ArrowDownTray /> {t("jewelry.stock.exportCsv")}
    </Button>
  )
}
