import BigNumber from "bignumber.js"
import { convertWeight, DecimalInput, toDecimal, WeightUnit } from "./units"

/**
 * Progress and efficiency of production (SPEC section 4 and 5). Pure,
 * exact decimals. A zero denominator gives no figure (null), never NaN or
 * Infinity. Percentages are rounded half-up to one decimal.
 */
export type JobWeights = {
  requested?: DecimalInput | null
  issued: DecimalInput
  received: DecimalInput
  rejected: DecimalInput
  scrapped: DecimalInput
  waste: DecimalInput
}

export type Buckets = { received: string; rejected: string; scrapped: string; waste: string; pending: string }

export type JobMetrics = {
  base: string
  pending: string
  /** Each bucket's share of the progress bar, in percent of Base. */
  shares: Record<keyof Buckets, number | null>
  output_pct: number | null
  gross_waste_pct: number | null
  net_waste_pct: number | null
  consumption_pct: number | null
}

const ZERO = new BigNumber(0)
const d = (v: DecimalInput | null | undefined) => (v === null || v === undefined || v === "" ? ZERO : toDecimal(v))

export function pct(numerator: BigNumber, denominator: BigNumber, places = 1): number | null {
  if (denominator.isZero()) return null
  return numerator.div(denominator).times(100).decimalPlaces(places, BigNumber.ROUND_HALF_UP).toNumber()
}

/** Each bucket's share of the progress bar; over-delivery leaves nothing pending rather than a negative bar. */
function shares(b: Record<keyof Buckets, BigNumber>, base: BigNumber): Record<keyof Buckets, number | null> {
  return {
    received: pct(b.received, base),
    rejected: pct(b.rejected, base),
    scrapped: pct(b.scrapped, base),
    waste: pct(b.waste, base),
    pending: pct(BigNumber.max(b.pending, 0), base),
  }
}

/** Base = requested weight if set (and above zero), else issued weight. */
export function jobBase(w: Pick<JobWeights, "requested" | "issued">): BigNumber {
  const requested = d(w.requested)
  return requested.isGreaterThan(0) ? requested : d(w.issued)
}

export function jobMetrics(w: JobWeights): JobMetrics {
  const base = jobBase(w)
  const [received, rejected, scrapped, waste] = [d(w.received), d(w.rejected), d(w.scrapped), d(w.waste)]
  const pending = base.minus(received).minus(rejected).minus(scrapped).minus(waste)
  const output = received.plus(rejected)
  const loss = waste.plus(scrapped)
  return {
    base: base.toFixed(),
    pending: pending.toFixed(),
    shares: shares({ received, rejected, scrapped, waste, pending }, base),
    output_pct: pct(output, base),
    gross_waste_pct: pct(loss, base),
    net_waste_pct: pct(waste, base),
    consumption_pct: pct(loss, output),
  }
}

/**
 * The weight tolerance check: |issued − (received + rejected + scrapped)| ÷
 * issued × 100 must be within the tolerance. No tolerance set means no
 * check; nothing issued means nothing to check.
 */
export function toleranceCheck(
  w: Pick<JobWeights, "issued" | "received" | "rejected" | "scrapped">,
  tolerancePct: DecimalInput | null | undefined
): { within: boolean; variance_pct: number | null; tolerance_pct: number | null } {
  const issued = d(w.issued)
  const accounted = d(w.received).plus(d(w.rejected)).plus(d(w.scrapped))
  const variance = issued.isZero() ? null : issued.minus(accounted).abs().div(issued).times(100)
  if (tolerancePct === null || tolerancePct === undefined || tolerancePct === "") {
    return { within: true, variance_pct: variance ? variance.decimalPlaces(2).toNumber() : null, tolerance_pct: null }
  }
  const tol = toDecimal(tolerancePct)
  return {
    within: variance === null || variance.isLessThanOrEqualTo(tol),
    variance_pct: variance ? variance.decimalPlaces(2, BigNumber.ROUND_HALF_UP).toNumber() : null,
    tolerance_pct: tol.toNumber(),
  }
}

export type OrderJob = JobWeights & {
  /**
   * Every stage's issues and receipts added up, intermediates included (SPEC 5's Σ Issued and
   * Σ (Received + Rejected)). A job without re-issued output records what its buckets say.
   */
  recorded?: { issued: DecimalInput; received: DecimalInput; rejected: DecimalInput } | null
  /** The job's stages' receipts: when each stage was last received. */
  last_received_stage?: { stage_key: string; received_at: Date | string } | null
  /** Received + rejected per stage, so the final stage's output can be summed across jobs. */
  output_by_stage?: Record<string, DecimalInput>
}

export type OrderMetrics = {
  buckets: Buckets & { base: string }
  shares: Record<keyof Buckets, number | null>
  final_output: string
  net_input: string
  final_stage_key: string | null
  output_pct: number | null
  gross_waste_pct: number | null
  net_waste_pct: number | null
  consumption_pct: number | null
}

/**
 * Order-level metrics over the order's jobs, all already in one unit:
 * - progress: each bucket summed over the jobs ÷ the summed bases (the jobs' buckets along their
 *   chains, SPEC 4a, so a two-stage job never shows more than it was given);
 * - Final Output = Σ (Received + Rejected) at the most recently received stage;
 * - Net Input = Σ Issued + Final Output − Σ (Received + Rejected);
 * - Output % = Final Output ÷ Net Input; Gross Waste % = (Σ Waste + Σ Scrapped) ÷ Net Input;
 *   Net Waste % = Σ Waste ÷ Net Input; Consumption % = (Σ Waste + Σ Scrapped) ÷ Final Output.
 */
export function orderMetrics(jobs: OrderJob[]): OrderMetrics {
  const sum = (f: (j: OrderJob) => BigNumber) => jobs.reduce((n, j) => n.plus(f(j)), new BigNumber(0))
  const base = sum((j) => jobBase(j))
  const received = sum((j) => d(j.received))
  const rejected = sum((j) => d(j.rejected))
  const scrapped = sum((j) => d(j.scrapped))
  const waste = sum((j) => d(j.waste))
  const recordedIssued = sum((j) => d(j.recorded ? j.recorded.issued : j.issued))
  const recordedOutput = sum((j) => (j.recorded ? d(j.recorded.received).plus(d(j.recorded.rejected)) : d(j.received).plus(d(j.rejected))))
  const pending = base.minus(received).minus(rejected).minus(scrapped).minus(waste)

  let final: { stage_key: string; at: number } | null = null
  for (const j of jobs) {
    const r = j.last_received_stage
    if (!r) continue
    const at = new Date(r.received_at).getTime()
    if (!final || at > final.at) final = { stage_key: r.stage_key, at }
  }
  const finalOutput = final ? sum((j) => d(j.output_by_stage?.[final!.stage_key])) : new BigNumber(0)
  const netInput = recordedIssued.plus(finalOutput).minus(recordedOutput)
  const loss = waste.plus(scrapped)
  return {
    buckets: {
      base: base.toFixed(),
      received: received.toFixed(),
      rejected: rejected.toFixed(),
      scrapped: scrapped.toFixed(),
      waste: waste.toFixed(),
      pending: pending.toFixed(),
    },
    shares: shares({ received, rejected, scrapped, waste, pending }, base),
    final_output: finalOutput.toFixed(),
    net_input: netInput.toFixed(),
    final_stage_key: final?.stage_key ?? null,
    output_pct: pct(finalOutput, netInput),
    gross_waste_pct: pct(loss, netInput),
    net_waste_pct: pct(waste, netInput),
    consumption_pct: pct(loss, finalOutput),
  }
}

/** A job's weights as it recorded them, in its own unit. */
export type RecordedOrderJob = OrderJob & { unit: WeightUnit }

/**
 * Order metrics with every job's weights first normalised to one unit (the
 * workshop's default), so a job weighed in carats and one in grams add up.
 */
export function orderMetricsInUnit(jobs: RecordedOrderJob[], unit: WeightUnit): OrderMetrics & { unit: WeightUnit } {
  const to = (v: DecimalInput | null | undefined, from: WeightUnit) => (v === null || v === undefined || v === "" ? null : convertWeight(v, from, unit).toFixed())
  const normalised: OrderJob[] = jobs.map((j) => ({
    requested: to(j.requested, j.unit),
    issued: to(j.issued, j.unit) ?? "0",
    received: to(j.received, j.unit) ?? "0",
    rejected: to(j.rejected, j.unit) ?? "0",
    scrapped: to(j.scrapped, j.unit) ?? "0",
    waste: to(j.waste, j.unit) ?? "0",
    recorded: j.recorded
      ? { issued: to(j.recorded.issued, j.unit) ?? "0", received: to(j.recorded.received, j.unit) ?? "0", rejected: to(j.recorded.rejected, j.unit) ?? "0" }
      : null,
    last_received_stage: j.last_received_stage ?? null,
    output_by_stage: Object.fromEntries(Object.entries(j.output_by_stage ?? {}).map(([k, v]) => [k, to(v, j.unit) ?? "0"])),
  }))
  return { ...orderMetrics(normalised), unit }
}
