import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { pluginOptions } from "../../../../utils/plugin-options"
import { estimateShipDate } from "../../../../workflows/jobs/made-to-order"

/** The estimated ship date of a made-to-order variant, from its style's lead time and the workshop's queue. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const estimate = await estimateShipDate(req.scope as any, req.params.variant_id, pluginOptions(req.scope).workshop_capacity_per_day)
  if (!estimate) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant "${req.params.variant_id}" is not made to order`)
  res.json({ made_to_order: estimate })
}
