import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { TagData, uniqueInOrder } from "../../../lib/tags-print"
import { serializeStockItem } from "../stock-items/helpers"

/**
 * The caller's stock items, in the order asked and each once. An item of
 * another location is not found for them (404), as on every stock route.
 */
export async function visibleItemsInOrder(scope: any, ids: string[], location_ids: string[] | null) {
  const wanted = uniqueInOrder(ids)
  const service: StockModuleService = scope.resolve(STOCK_MODULE)
  const rows: any[] = await service.listStockItems({ id: wanted } as any, { take: wanted.length })
  const byId = new Map(rows.map((r) => [r.id, r]))
  return wanted.map((id) => {
    const item = byId.get(id)
    if (!item || (location_ids && !location_ids.includes(item.location_id))) {
      const at = ids.indexOf(id)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `stock_item_ids[${at}]: stock item "${id}" was not found`)
    }
    return item
  })
}

/** The price a tag shows: the variant's price in the store's default currency (no rules, no quantity tier), else its first. */
function tagPrice(prices: any[] | undefined, currency: string | null): TagData["price"] {
  const plain = (prices ?? []).filter((p) => p && p.amount !== null && p.amount !== undefined && !(Number(p.rules_count) > 0) && !(Number(p.min_quantity) > 1))
  const p = plain.find((x) => x.currency_code === currency) ?? plain[0]
  if (!p) return null
  const raw = p.raw_amount?.value ?? p.amount
  return { amount: String(raw), currency_code: String(p.currency_code) }
}

/** What each tag says: the product's name (and variant's), weight and unit, purity, size and Medusa's price of the linked variant, read through Query. */
export async function tagDataFor(scope: any, items: any[]): Promise<TagData[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const settings = await (scope.resolve(PRODUCTION_MODULE) as ProductionModuleService).getSettings()
  const productIds = [...new Set(items.map((i) => i.product_id).filter(Boolean))] as string[]
  const variantIds = [...new Set(items.map((i) => i.variant_id).filter(Boolean))] as string[]
  const [products, variants, stores] = await Promise.all([
    productIds.length ? query.graph({ entity: "product", fields: ["id", "title", "metadata"], filters: { id: productIds } }).then((r: any) => r.data) : [],
    variantIds.length
      ? query
          .graph({ entity: "product_variant", fields: ["id", "title", "prices.amount", "prices.raw_amount", "prices.currency_code", "prices.min_quantity", "prices.rules_count"], filters: { id: variantIds } })
          .then((r: any) => r.data)
      : [],
    query.graph({ entity: "store", fields: ["id", "supported_currencies.currency_code", "supported_currencies.is_default"] }).then((r: any) => r.data),
  ])
  const currency = (stores[0]?.supported_currencies ?? []).find((c: any) => c.is_default)?.currency_code ?? null
  return items.map((raw) => {
    const item = serializeStockItem(raw, settings.karat_table as any)
    const product = products.find((p: any) => p.id === item.product_id)
    const variant = variants.find((v: any) => v.id === item.variant_id)
    const variantTitle = variant?.title && !/^default( variant)?$/i.test(variant.title) && variant.title !== product?.title ? ` ${variant.title}` : ""
    return {
      tag_id: item.tag_id,
      // The product's name (and its variant's), cut to the label's width when printed.
      name: product ? `${product.title}${variantTitle}` : null,
      weight: item.weight ?? null,
      weight_unit: item.weight_unit ?? null,
      purity: item.purity || null,
      size: item.size ?? null,
      price: variant ? tagPrice(variant.prices, currency) : null,
    }
  })
}
