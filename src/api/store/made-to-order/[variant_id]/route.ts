import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../../modules/stock"
import { estimateShipDate } from "../../../../workflows/jobs/made-to-order"

/** The estimated ship date of a made-to-order variant, from its style's lead time and the workshop's queue. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const options = (req.scope.resolve(STOCK_MODULE) as any).getPluginOptions?.() ?? {}
  const capacity = Number(options.workshop_capacity_per_day ?? 4)
  const estimate = await estimateShipDate(req.scope as any, req.params.variant_id, capacity)
  if (!estimate) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant "${req.params.variant_id}" is not made to order`)
  res.json({ made_to_order: estimate })
}
