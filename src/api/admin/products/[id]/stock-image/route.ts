import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { STOCK_MODULE } from "../../../../../modules/stock"
import type StockModuleService from "../../../../../modules/stock/service"
import { stockScope } from "../../../../utils/stock-scope"
import { assertProduct } from "../stock-analytics/route"
import type { ProductStockImagesResponse } from "../../../../../types/product-stock"

/** The images of this product's stock items a manager can choose from. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { location_ids } = await stockScope(req)
  const product = await assertProduct(req)
  const service: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const filters: Record<string, unknown> = { product_id: product.id, image_url: { $ne: null } }
  if (location_ids) filters.location_id = location_ids
  const items = await service.listStockItems(filters, { select: ["id", "tag_id", "image_url"], take: 200, order: { created_at: "DESC" } })
  const body: ProductStockImagesResponse = { images: items.map((i) => ({ stock_item_id: i.id, tag_id: i.tag_id, url: i.image_url! })), thumbnail: product.thumbnail }
  res.json(body)
}

/** Sets the product's image (Medusa's thumbnail) from a stock item's image. Managers and admins only. */
export async function POST(req: AuthenticatedMedusaRequest<{ stock_item_id: string }>, res: MedusaResponse) {
  const { location_ids } = await stockScope(req)
  const product = await assertProduct(req, true)
  const service: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const [item] = await service.listStockItems({ id: req.validatedBody.stock_item_id }, { take: 1 })
  if (!item || (location_ids && !location_ids.includes(item.location_id))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `stock_item_id: stock item "${req.validatedBody.stock_item_id}" was not found`)
  }
  if (item.product_id !== product.id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `stock_item_id: ${item.tag_id} is not stock of ${product.title}`)
  }
  if (!item.image_url) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `stock_item_id: ${item.tag_id} has no image`)
  }
  const images = (product.images ?? []).map((i: any) => ({ url: i.url }))
  if (!images.some((i: any) => i.url === item.image_url)) images.unshift({ url: item.image_url })
  const { result } = await updateProductsWorkflow(req.scope).run({
    input: { selector: { id: product.id }, update: { thumbnail: item.image_url, images } },
  })
  res.json({ product: { id: product.id, thumbnail: result[0]?.thumbnail ?? item.image_url } })
}
