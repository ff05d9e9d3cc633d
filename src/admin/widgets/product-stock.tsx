import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { Container, Heading, Tabs, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { StockTable } from "../components/stock/stock-table"
import { WeightChart } from "../components/stock/weight-chart"
import { useApi } from "../hooks/use-api"
import { KIND_LABELS } from "../hooks/use-lookups"
import { api } from "../lib/api"

type Analytics = {
  unit: string
  days: number
  item_count: number
  pieces: number
  total_weight: string
  average_weight: string | null
  change_30d: string
  series: { day: string; added: string; deducted: string }[]
  kinds: { inventory_kind: string; item_count: number }[]
  scope: string
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-md border px-4 py-3">
      <Text size="xsmall" className="text-ui-fg-subtle">{label}</Text>
      <Text size="large" weight="plus" data-testid={testId}>{value}</Text>
    </div>
  )
}

function ImageChooser({ productId }: { productId: string }) {
  const { data, reload } = useApi<{ images: { stock_item_id: string; tag_id: string; url: string }[]; thumbnail: string | null }>(`/admin/products/${productId}/stock-image`)
  if (!data?.images.length) return null
  const choose = async (id: string) => {
    try {
      await api(`/admin/products/${productId}/stock-image`, { body: { stock_item_id: id } })
      toast.success("Product image updated")
      reload()
    } catch (e: any) {
      toast.error(e.message)
    }
  }
  return (
    <div className="px-6 py-4" data-testid="image-chooser">
      <Text size="small" weight="plus">Product image from stock</Text>
      <div className="mt-2 flex flex-wrap gap-3">
        {data.images.map((img) => (
          <button
            key={img.stock_item_id}
            type="button"
            onClick={() => choose(img.stock_item_id)}
            className={`flex flex-col items-center gap-1 rounded-md border p-1 ${data.thumbnail === img.url ? "border-ui-border-interactive" : ""}`}
            data-testid="choose-image"
            aria-label={`Use the image of ${img.tag_id}`}
          >
            <img src={img.url} alt={img.tag_id} className="h-16 w-16 rounded object-cover" />
            <span className="txt-compact-xsmall font-mono">{img.tag_id}{data.thumbnail === img.url ? " ✓" : ""}</span>
          </button>
        ))}
      </div>
    </div>
  )
}

/** On Medusa's product page: the workshop's stock of this product, per inventory type. */
const ProductStockWidget = ({ data: product }: { data: { id: string; title: string } }) => {
  const [kind, setKind] = useState("finished")
  const { data } = useApi<{ analytics: Analytics }>(`/admin/products/${product.id}/stock-analytics`, { inventory_kind: kind, days: 90 })
  const summary = useApi<{ summary: { text: string; provider: string; warning?: string } }>(`/admin/products/${product.id}/stock-summary`, { inventory_kind: kind })
  const me = useApi<{ permissions: { choose_product_image: boolean } }>("/admin/production/me")
  const a = data?.analytics
  const countOf = (k: string) => a?.kinds.find((x) => x.inventory_kind === k)?.item_count ?? 0
  return (
    <Container className="divide-y p-0" data-testid="product-stock-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Workshop stock</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Weight-tracked items of {product.title}
            {a?.scope === "own_locations" ? " at your locations" : ""}, in {a?.unit ?? "the store's unit"}.
          </Text>
        </div>
        <Link to={`/stock?product_id=${product.id}`} className="txt-compact-small text-ui-fg-interactive" data-testid="full-stock-link">
          Open in Jewelry Stock →
        </Link>
      </div>
      <div className="px-6 py-3">
        <Tabs value={kind} onValueChange={setKind}>
          <Tabs.List>
            {Object.entries(KIND_LABELS).map(([k, label]) => (
              <Tabs.Trigger key={k} value={k} data-testid={`kind-${k}`}>
                {label} ({countOf(k)})
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {a && (
        <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4">
          <Stat label="Items" value={String(a.item_count)} testId="stat-items" />
          <Stat label="Total weight" value={`${a.total_weight} ${a.unit}`} testId="stat-total" />
          <Stat label="Average weight" value={a.average_weight ? `${a.average_weight} ${a.unit}` : "-"} testId="stat-average" />
          <Stat label="30-day change" value={`${Number(a.change_30d) > 0 ? "+" : ""}${a.change_30d} ${a.unit}`} testId="stat-change" />
        </div>
      )}
      {a && (
        <div className="px-6 py-4">
          <WeightChart series={a.series} unit={a.unit} days={a.days} />
        </div>
      )}
      {summary.data && (
        <div className="flex gap-x-2 px-6 py-4" data-testid="stock-summary">
          <Sparkles className="text-ui-fg-subtle shrink-0" />
          <div>
            <Text size="small">{summary.data.summary.text}</Text>
            {summary.data.summary.warning && <Text size="xsmall" className="text-ui-fg-subtle">{summary.data.summary.warning}</Text>}
          </div>
        </div>
      )}
      <div className="px-6 py-4">
        <StockTable key={kind} fixed={{ product_id: product.id, inventory_kind: kind }} pageSize={10} testId="product-stock-table" hide={["status"]} />
      </div>
      {me.data?.permissions.choose_product_image && <ImageChooser productId={product.id} />}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductStockWidget
