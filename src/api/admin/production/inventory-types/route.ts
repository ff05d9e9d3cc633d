import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { parseQuery } from "../../../utils/validation"
import { ListInventoryTypes } from "../validators"

/** The store's inventory types, grouped by kind in the industry's order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const { kind } = parseQuery(ListInventoryTypes, req.query)
  const inventory_types = await service.listInventoryTypes(kind ? { kind: String(kind) as any } : {}, {
    order: { rank: "ASC" },
    take: null as any,
  })
  res.json({ inventory_types, count: inventory_types.length })
}
