import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { completeJobStageWorkflow } from "../../../../workflows"
import { parseScanCode, stageCardCheck, stageForCard } from "../../../../lib/tags-print"
import { currentStage, jobNumber } from "../../../utils/job-view"
import { resolveStaff } from "../../../utils/staff"
import { withConflicts } from "../../../utils/http"
import type { z } from "@medusajs/framework/zod"
import type { ScanStage } from "../validators"

/**
 * A stage card scanned at the bench: the job's current stage is completed
 * by the signed-in staff member (the same workflow as Complete stage, with
 * its tolerance and loss-standard checks and their 409s), so the job moves
 * on to its next stage. A card of another stage, or an unknown one, changes
 * nothing and says why.
 */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<z.infer<typeof ScanStage>>, res: MedusaResponse) => {
  const raw = req.validatedBody.code
  const scan = parseScanCode(raw)
  if (!scan || scan.kind !== "stage") throw new MedusaError(MedusaError.Types.INVALID_DATA, `code: "${raw}" is not a stage card (JOB-00012-S…)`)
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [job]: any[] = await production.listProductionJobs({ number: scan.number } as any, { take: 1 })
  const stages: any[] = job ? await production.listProductionJobStages({ job_id: job.id } as any, { order: { rank: "ASC" }, take: null as any }) : []
  const stage = stageForCard(stages, scan.stage_suffix)
  if (!job || !stage) throw new MedusaError(MedusaError.Types.NOT_FOUND, `code: nothing has the code "${scan.code}" (no job or stage card)`)
  const check = stageCardCheck(stages, stage)
  if (!check.ok) throw new MedusaError(MedusaError.Types.CONFLICT, `code: ${check.reason}; nothing changed`)
  const staff = await resolveStaff(req)
  await completeJobStageWorkflow(req.scope).run({
    input: { job_id: job.id, job_stage_id: stage.id, actor_id: req.auth_context?.actor_id ?? null, role: staff.role },
  })
  const after: any[] = await production.listProductionJobStages({ job_id: job.id } as any, { order: { rank: "ASC" }, take: null as any })
  const next = currentStage(after)
  res.json({
    job: { id: job.id, display_number: jobNumber(job), title: job.title },
    completed_stage: { id: stage.id, stage_name: stage.stage_name },
    next_stage: next ? { id: next.id, stage_name: next.stage_name, status: next.status } : null,
    completed_by: req.auth_context?.actor_id ?? null,
  })
})
