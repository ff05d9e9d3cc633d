import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { formatDecimal } from "../../../../lib/units"
import { purityLabel } from "../../../../lib/purity"
import { metalContext, period } from "../view"

/** Waste recorded at receipts that is not in a refining lot yet: what a new lot can collect. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { from?: string; to?: string; metal?: string; department_id?: string }
  const range = period(q, 365)
  const { metal, production, settings, unit, u } = await metalContext(req.scope)
  const filters: Record<string, unknown> = { waste_grams: { $gt: 0 }, created_at: { $gte: range.from, $lt: range.to } }
  if (q.metal) filters.metal = q.metal
  const receipts: any[] = await production.listProductionJobReceipts(filters as any, { order: { created_at: "DESC" }, take: 500 })
  const collected = receipts.length ? await metal.listRefiningSources({ receipt_id: receipts.map((r) => r.id) } as any, { select: ["receipt_id"], take: null as any }) : []
  const taken = new Set((collected as any[]).map((c) => c.receipt_id))
  const open = receipts.filter((r) => !taken.has(r.id))
  const stageIds = [...new Set(open.map((r) => r.job_stage_id))]
  const jobIds = [...new Set(open.map((r) => r.job_id))]
  const [stages, jobs]: any[][] = await Promise.all([
    stageIds.length ? production.listProductionJobStages({ id: stageIds }, { take: null as any }) : [],
    jobIds.length ? production.listProductionJobs({ id: jobIds }, { select: ["id", "number"], take: null as any }) : [],
  ])
  const rows = open
    .map((r) => {
      const stage = stages.find((s) => s.id === r.job_stage_id)
      const job = jobs.find((j) => j.id === r.job_id)
      return {
        receipt_id: r.id,
        created_at: r.created_at,
        job_id: r.job_id,
        job_number: job ? `JOB-${String(job.number).padStart(5, "0")}` : null,
        job_stage_id: r.job_stage_id,
        stage_name: stage?.stage_name ?? null,
        department_id: stage?.department_id ?? null,
        metal: r.metal,
        fineness: r.fineness === null ? null : formatDecimal(String(r.fineness), 2),
        purity: purityLabel(r.metal, r.fineness === null ? null : String(r.fineness), (settings.karat_table as any) ?? undefined),
        waste: u(String(r.waste_grams)),
      }
    })
    .filter((r) => !q.department_id || r.department_id === q.department_id)
  res.json({ unit, waste: rows })
}
