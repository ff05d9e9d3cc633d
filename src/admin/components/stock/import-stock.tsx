import { Button, Drawer, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useImportStock, type ImportReport } from "../../hooks/api/stock-items"
import { ImportReportView } from "./import-report"

const EXAMPLE = "tag_id,product_handle,variant_sku,inventory_type,shape,size,color,quality,purity,metal,weight,weight_unit,pieces,location,rack,bin,cost_basis"

/** CSV import: a dry run lists every row it would refuse and why; the import takes all rows or none. */
export function ImportStock({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const [csv, setCsv] = useState("")
  const [report, setReport] = useState<ImportReport | null>(null)
  const run = useImportStock()
  const edit = (text: string) => {
    setCsv(text)
    setReport(null)
  }
  const dryRun = () =>
    run.mutate(
      { csv, dry_run: true },
      { onSuccess: setReport, onError: (e) => setReport({ rows: 0, valid: 0, refused: 0, errors: [{ line: 0, field: "csv", message: e.message }] }) }
    )
  const doImport = () =>
    run.mutate(
      { csv },
      {
        onSuccess: (res) => {
          toast.success(t("jewelry.stock.imported", { count: res.imported ?? 0 }))
          edit("")
          onClose()
        },
        onError: (e) => {
          if (e.body?.errors) setReport({ rows: 0, valid: 0, refused: e.body.errors.length, errors: e.body.errors })
          toast.error(e.message)
        },
      }
    )
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="import-stock-form" className="max-w-2xl">
        <Drawer.Header>
          <Drawer.Title>{t("jewelry.stock.importTitle")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            {t("jewelry.stock.importColumns")} <code className="break-all">{EXAMPLE}</code>. {t("jewelry.stock.importHelp")}
          </Text>
          <input type="file" accept=".csv,text/csv" onChange={async (e) => e.target.files?.[0] && edit(await e.target.files[0].text())} data-testid="import-file" />
          <Textarea rows={8} value={csv} onChange={(e) => edit(e.target.value)} placeholder={EXAMPLE} data-testid="import-csv" className="font-mono text-xs" />
          {report && <ImportReportView report={report} />}
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" onClick={dryRun} disabled={!csv.trim()} isLoading={run.isPending} data-testid="import-dry-run">
            {t("jewelry.stock.dryRun")}
          </Button>
          <Button size="small" onClick={doImport} disabled={!csv.trim() || !report || report.refused > 0} isLoading={run.isPending} data-testid="import-submit">
            {t("jewelry.stock.import")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
