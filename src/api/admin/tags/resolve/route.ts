import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { STOCK_MODULE } from "../../../../modules/stock"
import type StockModuleService from "../../../../modules/stock/service"
import { parseScanCode, stageForCard } from "../../../../lib/tags-print"
import { currentStage, jobNumber } from "../../../utils/job-view"
import { stockScope } from "../../../utils/stock-scope"
import { parseQuery } from "../../../utils/validation"
import { serializeStockItem } from "../../stock-items/helpers"
import { ResolveCode } from "../validators"

const unknown = (code: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `code: nothing has the code "${code}" (no job, stage card or stock item of yours)`)

/**
 * What a scanned code is: a job (its number), a job's stage card, or a stock
 * item (its tag), the item only within the caller's locations. Reads only:
 * a scan never changes anything by itself. An unknown code is a 404 saying so.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { code: raw } = parseQuery(ResolveCode, req.query)
  const scan = parseScanCode(raw!)
  if (!scan) throw new MedusaError(MedusaError.Types.INVALID_DATA, `code: "${raw}" is not a tag ID, job number or stage card`)
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const stock: StockModuleService = req.scope.resolve(STOCK_MODULE)
  if (scan.kind === "job" || scan.kind === "stage") {
    const [job]: any[] = await production.listProductionJobs({ number: scan.number } as any, { take: 1 })
    if (!job) throw unknown(scan.code)
    const stages: any[] = await production.listProductionJobStages({ job_id: job.id } as any, { order: { rank: "ASC" }, take: null as any })
    const current = currentStage(stages)
    const jobOut = { id: job.id, display_number: jobNumber(job), title: job.title, kind: job.kind, status: job.status, current_stage: current ? { id: current.id, stage_name: current.stage_name, status: current.status } : null }
    if (scan.kind === "job") {
      res.json({ kind: "job", code: scan.code, job: jobOut })
      return
    }
    const stage = stageForCard(stages, scan.stage_suffix)
    if (!stage) throw unknown(scan.code)
    res.json({ kind: "stage", code: scan.code, job: jobOut, stage: { id: stage.id, stage_name: stage.stage_name, status: stage.status, current: current?.id === stage.id } })
    return
  }
  const { location_ids, settings } = await stockScope(req)
  let [item]: any[] = await stock.listStockItems({ tag_id: scan.code } as any, { take: 1 })
  // A scanner set to the wrong case types "jwrm0001": tags are printed in capitals.
  if (!item && scan.code !== scan.code.toUpperCase()) [item] = await stock.listStockItems({ tag_id: scan.code.toUpperCase() } as any, { take: 1 })
  if (!item || (location_ids && !location_ids.includes(item.location_id))) throw unknown(scan.code)
  res.json({ kind: "stock_item", code: item.tag_id, stock_item: serializeStockItem(item, settings.karat_table as any) })
}
