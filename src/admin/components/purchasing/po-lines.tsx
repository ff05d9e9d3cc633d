import { PrintTagsButton } from "../tags/print-tags-drawer"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { CreatedStockItem, PurchaseOrder } from "../../../types/purchasing"
import { dash, dateTime, money } from "../../lib/format"
import { Weight } from "../weight"

/** The order's lines: what was ordered, what has arrived. */
export function PurchaseOrderLines({ po }: { po: PurchaseOrder }) {
  const { t } = useTranslation()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("jewelry.purchasing.line")}</Table.HeaderCell>
          <Table.HeaderCell>{t("jewelry.purchasing.details")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("jewelry.purchasing.ordered")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("jewelry.purchasing.receivedColumn")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("jewelry.purchasing.unitCost")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {po.lines.map((l) => (
          <Table.Row key={l.id} data-testid="po-line">
            <Table.Cell>{l.description}</Table.Cell>
            <Table.Cell className="text-ui-fg-subtle">
              {[l.size && t("jewelry.purchasing.size", { size: l.size }), l.shape, l.material, l.priority].filter(Boolean).join(" · ")}
              {l.weight && l.weight_unit ? <> · <Weight value={l.weight} unit={l.weight_unit} /></> : null}
              {!l.size && !l.shape && !l.material && !l.priority && !l.weight ? dash : null}
            </Table.Cell>
            <Table.Cell className="text-right">{l.quantity}</Table.Cell>
            <Table.Cell className="text-right" data-testid="po-line-received">{l.received_quantity}</Table.Cell>
            <Table.Cell className="text-right">{money(l.unit_cost)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** What has arrived so far, and the stock items the last receipt made. */
export function PurchaseOrderReceipts({ po, created }: { po: PurchaseOrder; created: CreatedStockItem[] }) {
  const { t } = useTranslation()
  if (!po.receipts.length && !created.length) return null
  return (
    <Container data-testid="po-receipts">
      <Heading level="h2" className="mb-2">{t("jewelry.purchasing.receipts")}</Heading>
      {po.receipts.map((r) => (
        <Text key={r.id} size="small">
          {dateTime(r.created_at)} · {r.quantity} × {po.lines.find((l) => l.id === r.line_id)?.description ?? t("jewelry.purchasing.line")}
          {r.weight && r.weight_unit ? <> · <Weight value={r.weight} unit={r.weight_unit} /></> : null} · {t("jewelry.purchasing.stockItems", { count: r.stock_item_ids.length })}
        </Text>
      ))}
      {created.length > 0 && (
        <Text size="small" className="mt-2" data-testid="po-created-tags">
          {t("jewelry.purchasing.newStock")}{" "}
          {created.map((i) => (
            <Link key={i.id} to={`/stock/${i.id}`} className="mr-2 font-mono text-ui-fg-interactive">
              {i.tag_id}
            </Link>
          ))}
        </Text>
      )}
      {created.length > 0 && (
        <div className="mt-2"><PrintTagsButton items={created} /></div>
      )}
    </Container>
  )
}
