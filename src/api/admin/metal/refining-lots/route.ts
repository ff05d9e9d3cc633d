import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { METAL_MODULE } from "../../../../modules/metal"
import type MetalModuleService from "../../../../modules/metal/service"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import type { WeightUnit } from "../../../../lib/units"
import { createRefiningLotWorkflow } from "../../../../workflows"
import { lotNumber } from "../../../../workflows/metal/steps/refining"
import { holderNames } from "../../../../workflows/metal/holders"
import { withConflicts } from "../../../utils/http"
import { stockScope } from "../../../utils/stock-scope"
import { refiningLotView, serializeLot } from "../view"

/** Refining lots, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { status?: string; limit?: number; offset?: number }
  const metal: MetalModuleService = req.scope.resolve(METAL_MODULE)
  const settings = await (req.scope.resolve(PRODUCTION_MODULE) as ProductionModuleService).getSettings()
  const limit = q.limit ?? 50
  const offset = q.offset ?? 0
  const [lots, count] = await metal.listAndCountRefiningLots(q.status ? ({ status: q.status } as any) : {}, { order: { number: "DESC" }, take: limit, skip: offset })
  const names = await holderNames(req.scope, lots.filter((l: any) => l.supplier_id).map((l: any) => ({ type: "supplier", id: l.supplier_id })))
  res.json({
    count,
    limit,
    offset,
    refining_lots: lots.map((l: any) => ({
      ...serializeLot(l, settings.default_weight_unit as WeightUnit, settings.karat_table as any),
      display_number: lotNumber("RL", l.number),
      supplier: l.supplier_id ? names.get(`supplier:${l.supplier_id}`) ?? null : null,
    })),
  })
}

/** Collects waste, sweeps and scrap into a new lot; scrap leaves stock through the ledger. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { location_ids } = await stockScope(req)
  const { result } = await createRefiningLotWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null, location_ids },
  })
  res.status(201).json({ refining_lot: await refiningLotView(req.scope, (result as any).id) })
})
