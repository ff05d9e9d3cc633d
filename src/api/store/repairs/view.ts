import { PRODUCTION_MODULE } from "../../../modules/production"
import BigNumber from "bignumber.js"
import { currentStage } from "../../utils/job-view"

const LABELS: Record<string, string> = {
  intake: "Received at the workshop",
  estimated: "Estimate ready for your approval",
  approved: "In the workshop",
  ready: "Ready for pickup",
  picked_up: "Picked up",
  cancelled: "Cancelled",
}

/** What a customer may see of their repairs: stage, dates, readiness and the estimate; never costs or staff. */
export async function customerRepairs(scope: any, tickets: any[]) {
  if (!tickets.length) return []
  const production: any = scope.resolve(PRODUCTION_MODULE)
  const jobIds = tickets.map((t) => t.job_id)
  const [jobs, stages]: any[][] = await Promise.all([
    production.listProductionJobs({ id: jobIds }, { take: jobIds.length }),
    production.listProductionJobStages({ job_id: jobIds }, { take: null }),
  ])
  return tickets.map((t) => {
    const job = jobs.find((j) => j.id === t.job_id)
    const own = stages.filter((s) => s.job_id === t.job_id)
    const done = own.filter((s) => s.status === "completed" || s.status === "skipped").length
    const cur = currentStage(own)
    return {
      id: t.id,
      description: t.description,
      status: t.status,
      status_label: LABELS[t.status] ?? t.status,
      ready_for_pickup: t.status === "ready",
      stage: t.status === "approved" ? cur?.stage_name ?? null : null,
      percent_done: t.status === "ready" || t.status === "picked_up" ? 100 : own.length ? Math.round((done / own.length) * 100) : 0,
      promised_date: t.promised_date ?? job?.target_date ?? null,
      estimate: t.estimate_amount === null ? null : { amount: new BigNumber(String(t.estimate_amount)).toFixed(2), currency_code: t.currency_code, approved: !!t.approved_at },
      taken_in_at: t.created_at,
      ready_at: t.ready_at,
      picked_up_at: t.acknowledged_at,
    }
  })
}
