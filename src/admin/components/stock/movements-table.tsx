import { Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { StockItemView } from "../../hooks/api/stock-items"
import { dash, dateTime } from "../../lib/format"

/** An item's movements, newest first: what changed, by how much, the balance after and why. */
export function MovementsTable({ view }: { view: StockItemView }) {
  const { t } = useTranslation()
  return (
    <>
      <div className="px-6 py-4">
        <Heading level="h2">{t("jewelry.stock.movements")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("jewelry.stock.movementsHint", { count: view.movement_count })}</Text>
      </div>
      <div className="px-6 py-4">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("jewelry.stock.when")}</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.stock.what")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("jewelry.weight")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("jewelry.pieces")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("jewelry.stock.balance")}</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.stock.why")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {view.movements.map((m) => (
              <Table.Row key={m.id} data-testid="movement-row" data-reason={m.reason}>
                <Table.Cell>{dateTime(m.created_at)}</Table.Cell>
                <Table.Cell>{t(`jewelry.stock.reason.${m.reason}`, { defaultValue: m.reason })}</Table.Cell>
                <Table.Cell className={`text-right ${m.direction === "deducted" ? "text-ui-fg-error" : ""}`}>
                  {m.direction === "deducted" ? "−" : m.direction === "added" ? "+" : ""}
                  {m.weight} {m.weight_unit}
                </Table.Cell>
                <Table.Cell className="text-right">{m.pieces_delta > 0 ? `+${m.pieces_delta}` : m.pieces_delta}</Table.Cell>
                <Table.Cell className="text-right">{m.balance_weight} {m.weight_unit} · {t("jewelry.stock.pcs", { count: m.balance_pieces })}</Table.Cell>
                <Table.Cell className="max-w-[280px] truncate">{m.note ?? dash}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </>
  )
}
