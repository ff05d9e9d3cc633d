import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { METAL_MODULE } from "../../../../modules/metal"
import type MetalModuleService from "../../../../modules/metal/service"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import type { WeightUnit } from "../../../../lib/units"
import { createMeltLotWorkflow } from "../../../../workflows"
import { lotNumber } from "../../../../workflows/metal/steps/refining"
import { withConflicts } from "../../../utils/http"
import { stockScope } from "../../../utils/stock-scope"
import { meltLotView, serializeLot } from "../view"

/** Melt lots, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { status?: string; limit?: number; offset?: number }
  const metal: MetalModuleService = req.scope.resolve(METAL_MODULE)
  const settings = await (req.scope.resolve(PRODUCTION_MODULE) as ProductionModuleService).getSettings()
  const limit = q.limit ?? 50
  const offset = q.offset ?? 0
  const [lots, count] = await metal.listAndCountMeltLots(q.status ? ({ status: q.status } as any) : {}, { order: { number: "DESC" }, take: limit, skip: offset })
  res.json({
    count,
    limit,
    offset,
    melt_lots: lots.map((l: any) => ({ ...serializeLot(l, settings.default_weight_unit as WeightUnit, settings.karat_table as any), display_number: lotNumber("ML", l.number) })),
  })
}

/** Takes stock items (scrap, old gold, fine metal, alloy) out of stock into a melt. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { location_ids } = await stockScope(req)
  const { result } = await createMeltLotWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null, location_ids },
  })
  res.status(201).json({ melt_lot: await meltLotView(req.scope, (result as any).id) })
})
