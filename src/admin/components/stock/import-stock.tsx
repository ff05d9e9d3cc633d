import { Button, Drawer, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { api } from "../../lib/api"

const EXAMPLE = "tag_id,product_handle,variant_sku,inventory_type,shape,size,color,quality,purity,metal,weight,weight_unit,pieces,location,rack,bin,cost_basis"

type Report = { rows: number; valid: number; refused: number; errors: { line: number; field: string; message: string }[] }

/** CSV import: a dry run lists every row it would refuse and why; the import takes all rows or none. */
export function ImportStock({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const [csv, setCsv] = useState("")
  const [report, setReport] = useState<Report | null>(null)
  const [busy, setBusy] = useState(false)
  const readFile = async (file?: File | null) => {
    if (!file) return
    setCsv(await file.text())
    setReport(null)
  }
  const dryRun = async () => {
    setBusy(true)
    try {
      setReport(await api("/admin/stock-items/import", { body: { csv, dry_run: true } }))
    } catch (e: any) {
      setReport({ rows: 0, valid: 0, refused: 0, errors: [{ line: 0, field: "csv", message: e.message }] })
    } finally {
      setBusy(false)
    }
  }
  const doImport = async () => {
    setBusy(true)
    try {
      const res = await api("/admin/stock-items/import", { body: { csv } })
      toast.success(`Imported ${res.imported} stock items`)
      setCsv("")
      setReport(null)
      onDone()
      onClose()
    } catch (e: any) {
      if (e.body?.errors) setReport({ rows: 0, valid: 0, refused: e.body.errors.length, errors: e.body.errors })
      toast.error(e.message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="import-stock-form" className="max-w-2xl">
        <Drawer.Header>
          <Drawer.Title>Import stock from CSV</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            Columns: <code className="break-all">{EXAMPLE}</code>. Products by handle or id, variants by SKU, locations by name, inventory
            types by name or code. Leave tag_id empty to number new tags. Metal's purity goes in <code>purity</code> as a karat or a fineness
            (14K, 18KW, 585, 925, PT950; or a <code>fineness</code> column instead); add <code>metal</code> (gold, silver, platinum, palladium) where
            the fineness is shared (950, 999). Stones and findings leave both empty. The export carries metal, fineness and fine grams.
          </Text>
          <input type="file" accept=".csv,text/csv" onChange={(e) => readFile(e.target.files?.[0])} data-testid="import-file" />
          <Textarea rows={8} value={csv} onChange={(e) => { setCsv(e.target.value); setReport(null) }} placeholder={EXAMPLE} data-testid="import-csv" className="font-mono text-xs" />
          {report && (
            <div data-testid="import-report">
              <Text size="small" weight="plus">
                {report.rows} rows: {report.valid} ready, {report.refused} refused
              </Text>
              {report.errors.length > 0 && (
                <Table>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell>Line</Table.HeaderCell>
                      <Table.HeaderCell>Field</Table.HeaderCell>
                      <Table.HeaderCell>Why</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {report.errors.map((e, i) => (
                      <Table.Row key={i} data-testid="import-error">
                        <Table.Cell>{e.line || "-"}</Table.Cell>
                        <Table.Cell>{e.field}</Table.Cell>
                        <Table.Cell>{e.message}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              )}
            </div>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" onClick={dryRun} disabled={!csv.trim()} isLoading={busy} data-testid="import-dry-run">
            Dry run
          </Button>
          <Button size="small" onClick={doImport} disabled={!csv.trim() || !report || report.refused > 0} isLoading={busy} data-testid="import-submit">
            Import
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
