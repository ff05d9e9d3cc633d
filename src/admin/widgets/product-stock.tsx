import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import BigNumber from "bignumber.js"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { INVENTORY_KIND_LABELS, INVENTORY_KINDS } from "../../lib/industry-defaults"
import { displayWeight } from "../../lib/units"
import { ImageChooser } from "../components/product-stock/image-chooser"
import { StockTable } from "../components/stock/stock-table"
import { WeightChart } from "../components/stock/weight-chart"
import { useStockAnalytics, useStockSummary } from "../hooks/api/product-stock"
import { useProductionMe } from "../hooks/api/production-settings"

/** The tab a jeweler lands on: finished pieces if there are any, else the first kind that has items. */
const ORDER = ["finished", "materials_supplies", "rough", "in_process"] as const
const landing = (kinds: { inventory_kind: string; item_count: number }[]) => ORDER.find((k) => kinds.some((x) => x.inventory_kind === k && x.item_count > 0)) ?? "finished"

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-md border px-4 py-3">
      <Text size="xsmall" className="text-ui-fg-subtle">{label}</Text>
      <Text size="large" weight="plus" data-testid={testId}>{value}</Text>
    </div>
  )
}

/** On Medusa's product page: the workshop's stock of this product, per inventory type. */
const ProductStockWidget = ({ data: product }: { data: { id: string; title: string } }) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [chosen, setChosen] = useState<string | null>(null)
  // The first answer carries every kind's count; until the jeweler picks a tab, land on one that has items.
  const first = useStockAnalytics(product.id, "finished").data
  const kind = chosen ?? (first ? landing(first.kinds) : "finished")
  const analytics = useStockAnalytics(product.id, kind)
  const a = analytics.data
  // While a newly picked tab loads, the last tab's answer keeps the tab counts steady, but its figures and
  // chart are another kind's: they are not shown under this tab's name.
  const own = a && !analytics.isPlaceholderData ? a : undefined
  const summary = useStockSummary(product.id, kind)
  const me = useProductionMe()
  const countOf = (k: string) => a?.kinds.find((x) => x.inventory_kind === k)?.item_count ?? 0
  return (
    <Container className="divide-y p-0" data-testid="product-stock-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("jewelry.stock.widget.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t(a?.scope === "own_locations" ? "jewelry.stock.widget.introOwn" : "jewelry.stock.widget.intro", { product: product.title, unit: a?.unit ?? t("jewelry.stock.widget.storeUnit") })}
          </Text>
        </div>
        <Link to={`/stock?product_id=${product.id}`} className="txt-compact-small text-ui-fg-interactive" data-testid="full-stock-link">
          {t("jewelry.stock.widget.open")}
        </Link>
      </div>
      <div className="px-6 py-3">
        <Tabs value={kind} onValueChange={setChosen}>
          <Tabs.List>
            {INVENTORY_KINDS.map((k) => [k, INVENTORY_KIND_LABELS[k]] as const).map(([k, label]) => (
              <Tabs.Trigger key={k} value={k} data-testid={`kind-${k}`}>
                {label} ({countOf(k)})
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {a && (
        <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4" aria-busy={!own} data-testid="stock-stats" data-kind={own ? kind : undefined}>
          <Stat label={t("jewelry.stock.widget.items")} value={own ? String(own.item_count) : "-"} testId="stat-items" />
          <Stat label={t("jewelry.stock.widget.total")} value={own ? displayWeight(own.total_weight, own.unit) : "-"} testId="stat-total" />
          <Stat label={t("jewelry.stock.widget.average")} value={own?.average_weight ? displayWeight(own.average_weight, own.unit) : "-"} testId="stat-average" />
          <Stat label={t("jewelry.stock.widget.change30")} value={own ? `${new BigNumber(own.change_30d).isPositive() && !new BigNumber(own.change_30d).isZero() ? "+" : ""}${displayWeight(own.change_30d, own.unit)}` : "-"} testId="stat-change" />
        </div>
      )}
      {a && (
        <div className={own ? "px-6 py-4" : "px-6 py-4 opacity-40"} aria-busy={!own}>
          <WeightChart series={a.series} unit={a.unit} days={a.days} />
        </div>
      )}
      {summary.data && (
        <div className="flex gap-x-2 px-6 py-4" data-testid="stock-summary">
          <Sparkles className="text-ui-fg-subtle shrink-0" />
          <div>
            <Text size="small">{summary.data.text}</Text>
            {summary.data.warning && <Text size="xsmall" className="text-ui-fg-subtle">{summary.data.warning}</Text>}
          </div>
        </div>
      )}
      <div className="px-6 py-4">
        <StockTable key={kind} fixed={{ product_id: product.id, inventory_kind: kind }} pageSize={10} testId="product-stock-table" hide={["status"]} onOpen={(id) => navigate(`/stock/${id}`)} />
      </div>
      {me.data?.permissions.choose_product_image && <ImageChooser productId={product.id} />}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductStockWidget
