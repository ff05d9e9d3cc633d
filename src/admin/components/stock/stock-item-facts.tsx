import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { METAL_LABELS, type Metal } from "../../../lib/purity"
import { useRepairs } from "../../hooks/api/repairs"
import type { StockItemView } from "../../hooks/api/stock-items"
import { INVENTORY_KIND_LABELS, type InventoryKind } from "../../../lib/industry-defaults"
import { useProductTitle, useStockLocations } from "../../hooks/api/medusa"
import { useInventoryTypes } from "../../hooks/api/production-settings"
import { Weight } from "../weight"
import { moneyIn } from "../../lib/format"
import { RepairStatusBadge } from "../repairs/repair-status"

/** The item's facts; a customer's piece says whose it is and links its repair. */
export function StockItemFacts({ item }: { item: StockItemView["stock_item"] }) {
  const { t } = useTranslation()
  const product = useProductTitle(item.product_id).data
  const type = useInventoryTypes().data?.find((ty) => ty.id === item.inventory_type_id)
  const location = useStockLocations().data?.find((l) => l.id === item.location_id)
  const customerPiece = item.ownership === "customer"
  const repairs = useRepairs({ customer_id: item.customer_id ?? undefined, limit: 200 }, customerPiece && !!item.customer_id)
  const repair = repairs.data?.repairs.find((r) => r.item?.id === item.id) ?? null
  const facts: [string, string, ReactNode][] = [
    ["product", t("jewelry.stock.product"), item.product_id ? product?.title ?? item.product_id : t("jewelry.stock.noProduct")],
    ["inventory-type", t("jewelry.stock.inventoryType"), `${INVENTORY_KIND_LABELS[item.inventory_kind as InventoryKind] ?? item.inventory_kind} · ${type?.name ?? item.inventory_type_id}`],
    ["shape-size", t("jewelry.stock.shapeSize"), [item.shape, item.size].filter(Boolean).join(" · ") || "-"],
    ["color-quality", t("jewelry.stock.colorQuality"), [item.color, item.quality].filter(Boolean).join(" · ") || "-"],
    ["purity", t("jewelry.purity"), item.purity || "-"],
    ["weight", t("jewelry.weight"), <><Weight value={item.weight} unit={item.weight_unit} /> (<Weight value={item.weight_grams} unit="g" />)</>],
    ["fine-metal", t("jewelry.stock.fineMetal"), item.metal ? <><Weight value={item.fine_grams} unit="g" /> {t("jewelry.stock.fineOf", { metal: METAL_LABELS[item.metal as Metal] ?? item.metal })}</> : "-"],
    ["pieces", t("jewelry.pieces"), String(item.pieces)],
    ["location", t("jewelry.stock.location"), `${location?.name ?? item.location_id}${item.rack || item.bin ? ` · ${t("jewelry.stock.rackBin", { rack: item.rack ?? "-", bin: item.bin ?? "-" })}` : ""}`],
    ["cost-basis", t("jewelry.stock.costBasis"), item.cost_basis ? moneyIn(item.cost_basis, item.currency_code) : "-"],
  ]
  if (customerPiece) {
    facts.push([
      "customer",
      t("jewelry.stock.customerPiece"),
      repair ? (
        <span className="flex items-center gap-x-2">
          {repair.customer?.name}
          <Link to={`/repairs/${repair.id}`} className="text-ui-fg-interactive hover:underline" data-testid="stock-item-repair">{t("jewelry.stock.repairLink")}</Link>
          <RepairStatusBadge status={repair.status} />
        </span>
      ) : (
        "-"
      ),
    ])
  }
  return (
    <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4" data-testid="stock-item-facts">
      {item.image_url && <img src={item.image_url} alt={item.tag_id} className="row-span-2 h-32 w-32 rounded-md object-cover" />}
      {facts.map(([id, label, value]) => (
        <div key={id}>
          <Text size="xsmall" className="text-ui-fg-subtle">{label}</Text>
          <div className="txt-small-plus" data-testid={`fact-${id}`}>{value}</div>
        </div>
      ))}
    </div>
  )
}
