import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import BigNumber from "bignumber.js"
import { formatDecimal } from "../../../../lib/units"
import { metalContext, period } from "../view"

const pct = (n: BigNumber, d: BigNumber) => (d.isZero() ? null : n.div(d).times(100).decimalPlaces(2, BigNumber.ROUND_HALF_UP).toNumber())

/**
 * Loss control (SPEC 4c): the loss % of every completed job stage over a
 * period, for one catalog stage or department (or all), with its standard
 * and the stages past it marked; loss before recovery (waste and
 * unreturned metal) and after it (less what refining returned, turned back
 * into the stage's gross by its fineness).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { from?: string; to?: string; stage_id?: string; department_id?: string; metal?: string }
  const range = period(q, 90)
  const { metal, production, unit, u } = await metalContext(req.scope)
  // After a catalog reset a stage's earlier jobs point at its archived predecessor: the same name, kept for history.
  let stageIds: string[] | undefined
  if (q.stage_id) {
    const [chosen]: any[] = await production.listProductionStages({ id: q.stage_id }, { take: 1 })
    const same: any[] = chosen ? await production.listProductionStages({ name_key: chosen.name_key }, { select: ["id"], take: null as any }) : []
    stageIds = [...new Set([q.stage_id, ...same.map((x) => x.id as string)])]
  }
  const stages = await production.completedStageLosses({ ...range, stage_ids: stageIds, department_id: q.department_id })
  const ids = stages.map((s) => s.id)
  const [issued, recovered, catalog] = await Promise.all([
    metal.issuedByStage(ids),
    metal.recoveredByStage(ids),
    q.stage_id ? production.listProductionStages({ id: q.stage_id }, { take: 1 }) : Promise.resolve([]),
  ])
  const points = stages
    .map((s) => {
      const metals = issued.filter((i) => i.job_stage_id === s.id)
      const main = metals.sort((a, b) => new BigNumber(b.gross_grams).comparedTo(a.gross_grams) ?? 0)[0] ?? null
      const issuedG = new BigNumber(s.issued_grams)
      const lossG = new BigNumber(s.loss_grams)
      // Refining returns fine metal: as gross of this stage's alloy it is fine × gross ÷ fine issued.
      const recFine = new BigNumber(recovered.get(s.id) ?? 0)
      const recGross = main && !new BigNumber(main.fine_grams).isZero() ? recFine.times(main.gross_grams).div(main.fine_grams) : new BigNumber(0)
      const after = lossG.minus(recGross)
      const standard = s.loss_standard_pct === null ? null : new BigNumber(s.loss_standard_pct)
      return {
        job_stage_id: s.id,
        job_id: s.job_id,
        job_number: `JOB-${String(s.job_number).padStart(5, "0")}`,
        job_title: s.job_title,
        stage_id: s.stage_id,
        stage_name: s.stage_name,
        department_id: s.department_id,
        completed_at: s.completed_at,
        metal: main?.metal ?? null,
        issued: u(issuedG.toFixed()),
        loss: u(lossG.toFixed()),
        loss_pct: pct(lossG, issuedG),
        recovered: u(recGross.toFixed()),
        loss_after_recovery: u(after.toFixed()),
        loss_after_recovery_pct: pct(after, issuedG),
        standard_pct: standard ? standard.toNumber() : null,
        past_standard: !!standard && !issuedG.isZero() && lossG.div(issuedG).times(100).isGreaterThan(standard),
        override_reason: s.loss_override_reason,
      }
    })
    .filter((p) => !q.metal || p.metal === q.metal)
  const sum = (f: (p: any) => string | null) => points.reduce((n, p) => n.plus(f(p) ?? 0), new BigNumber(0))
  const totalIssued = sum((p) => p.issued)
  const totalLoss = sum((p) => p.loss)
  const totalAfter = sum((p) => p.loss_after_recovery)
  const standards = [...new Set(points.map((p) => p.standard_pct).filter((x) => x !== null))]
  res.json({
    unit,
    from: range.from,
    to: range.to,
    // One standard line when the report is of one stage (or all its points share one).
    standard_pct: (catalog[0] as any)?.loss_standard_pct != null ? Number((catalog[0] as any).loss_standard_pct) : standards.length === 1 ? standards[0] : null,
    summary: {
      stages: points.length,
      past_standard: points.filter((p) => p.past_standard).length,
      // Trimmed like the points they add up ("0.56", not "0.5600"); the points carry at most four places.
      issued: formatDecimal(totalIssued, 4),
      loss: formatDecimal(totalLoss, 4),
      loss_pct: pct(totalLoss, totalIssued),
      recovered: formatDecimal(sum((p) => p.recovered), 4),
      loss_after_recovery: formatDecimal(totalAfter, 4),
      loss_after_recovery_pct: pct(totalAfter, totalIssued),
    },
    points,
  })
}
