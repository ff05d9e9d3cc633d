import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { ImportReport } from "../../hooks/api/stock-items"

/** A CSV dry run's answer: how many rows are ready, and each refused row's line, field and reason. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation()
  return (
    <div data-testid="import-report">
      <Text size="small" weight="plus">{t("jewelry.stock.importSummary", { rows: report.rows, valid: report.valid, refused: report.refused })}</Text>
      {report.errors.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("jewelry.stock.line")}</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.stock.field")}</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.stock.why")}</Table.HeaderCell>
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
  )
}
