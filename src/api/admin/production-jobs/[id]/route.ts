import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { jobViewFor } from "../../../utils/job-view"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const view = await jobViewFor(req, req.params.id)
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production job with id "${req.params.id}" was not found`)
  res.json(view)
}

/** Edits the job's intake details (title, notes, dates, rush, responsible staff). */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [job] = await service.listProductionJobs({ id: req.params.id }, { take: 1 })
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production job with id "${req.params.id}" was not found`)
  const b = req.validatedBody
  await service.updateProductionJobs({
    id: job.id,
    ...b,
    ...(b.target_date ? { target_date: new Date(b.target_date) } : {}),
    ...(b.staff_deadline !== undefined ? { staff_deadline: b.staff_deadline ? new Date(b.staff_deadline) : null } : {}),
  } as any)
  res.json(await jobViewFor(req, job.id))
}
