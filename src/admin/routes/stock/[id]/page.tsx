import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { MovementsTable } from "../../../components/stock/movements-table"
import { StockActionDrawer, type StockAction } from "../../../components/stock/stock-action-drawer"
import { StockItemFacts } from "../../../components/stock/stock-item-facts"
import { StonesSetSection } from "../../../components/stock/stones-set-section"
import { useStockItem } from "../../../hooks/api/stock-items"
import { MetalValueSection } from "../../../components/metal-prices/metal-value-section"
import { PrintTagsButton } from "../../../components/tags/print-tags-drawer"

/** A stock item: its facts, the stones set in it, its movement history, and adjust, move and status changes. */
const StockItemPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const { data, error } = useStockItem(id)
  const [action, setAction] = useState<StockAction>(null)
  if (error) return <Text className="text-ui-fg-error" role="alert">{error.message}</Text>
  if (!data) return <Text>{t("jewelry.loading")}</Text>
  const item = data.stock_item
  return (
    <div className="flex flex-col gap-y-3" data-testid="stock-item-page">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Link to="/stock" className="txt-small text-ui-fg-subtle">← {t("jewelry.stock.title")}</Link>
            <Heading className="font-mono" data-testid="stock-item-tag">{item.tag_id}</Heading>
          </div>
          <div className="flex items-center gap-x-2">
            {item.ownership === "customer" && <Badge color="purple" data-testid="stock-item-ownership">{t("jewelry.stock.customerPiece")}</Badge>}
            <Badge data-testid="stock-item-status" data-status={item.status}>{t(`jewelry.stock.statuses.${item.status}`, { defaultValue: item.status })}</Badge>
            <PrintTagsButton items={[item]} />
            <Button size="small" variant="secondary" onClick={() => setAction("adjust")} data-testid="open-adjust">{t("jewelry.stock.adjust")}</Button>
            <Button size="small" variant="secondary" onClick={() => setAction("move")} data-testid="open-move">{t("jewelry.stock.move")}</Button>
            <Button size="small" variant="secondary" onClick={() => setAction("status")} data-testid="open-status">{t("jewelry.stock.changeStatus")}</Button>
          </div>
        </div>
        <StockItemFacts item={item} />
      </Container>
      {item.metal && item.ownership !== "customer" && (
        <Container className="p-0">
          <MetalValueSection query={{ stock_item_id: item.id }} />
        </Container>
      )}
      <Container className="divide-y p-0" data-testid="stones-set-section">
        <StonesSetSection view={data} />
      </Container>
      <Container className="divide-y p-0">
        <MovementsTable view={data} />
      </Container>
      <StockActionDrawer item={item} action={action} onClose={() => setAction(null)} />
    </div>
  )
}

export default StockItemPage
