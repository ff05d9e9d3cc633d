import BigNumber from "bignumber.js"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"
import { deriveOrder, jewelryOrders } from "../../workflows/jewelry-orders/order-facts"
import { FULFILLMENT_STATUS_LABELS, LINE_STATUS_LABELS, LineStatus, lineShipmentStatus, TrackingStatus } from "../../lib/order-status"
import { jobMetrics, orderMetricsInUnit, RecordedOrderJob } from "../../lib/production-metrics"
import { formatDecimal, fromGrams, toGrams, WeightUnit } from "../../lib/units"
import { currentStage, jobNumber } from "./job-view"

const inUnit = (grams: string, unit: WeightUnit) => formatDecimal(fromGrams(grams, unit), 4)

/**
 * An order as the order page shows it: the chips (lines per status), the
 * order's fulfillment status and Medusa's payment status, each line with its
 * status, production, fulfilled and shipped quantities and shipment status,
 * the linked jobs, shipments and inventory selections, and the production
 * summary in the workshop's default unit.
 */
export async function orderView(scope: any, orderId: string) {
  // A GET never writes: the statuses are derived here; the events and workflows that change them store them.
  const { order, fulfillment_status, lines: statuses } = await deriveOrder(scope, orderId)
  const ops = jewelryOrders(scope)
  const production: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const [detail, [state], lineRows, selections, shipments, jobs, settings]: any[] = await Promise.all([
    getOrderDetailWorkflow(scope)
      .run({ input: { order_id: orderId, fields: ["id", "display_id"] } as any })
      .then((r: any) => r.result),
    ops.listOrderStates({ order_id: orderId }, { take: 1 }),
    ops.listOrderLines({ order_id: orderId }, { take: null as any }),
    ops.listInventorySelections({ order_id: orderId }, { order: { created_at: "ASC" }, take: null as any }),
    ops.listShipments({ order_id: orderId }, { relations: ["events"], order: { created_at: "ASC" }, take: null as any }),
    production.listProductionJobs({ order_id: orderId }, { order: { number: "ASC" }, take: null as any }),
    production.getSettings(),
  ])
  const unit = settings.default_weight_unit as WeightUnit
  const jobIds = jobs.map((j: any) => j.id)
  const [figures, stages] = await Promise.all([
    production.jobFigures(jobIds),
    jobIds.length ? production.listProductionJobStages({ job_id: jobIds } as any, { take: null as any }) : [],
  ])

  const jobViews = jobs.map((j: any) => {
    const f = figures.get(j.id)!
    const own = (stages as any[]).filter((s) => s.job_id === j.id)
    const done = own.filter((s) => s.status === "completed" || s.status === "skipped").length
    const cur = currentStage(own)
    const weights = {
      issued: inUnit(f.gross.input, unit),
      received: inUnit(f.gross.received, unit),
      rejected: inUnit(f.gross.rejected, unit),
      scrapped: inUnit(f.gross.scrapped, unit),
      waste: inUnit(f.gross.waste, unit),
    }
    return {
      id: j.id,
      display_number: jobNumber(j),
      title: j.title,
      kind: j.kind,
      status: j.status,
      order_line_item_id: j.order_line_item_id,
      target_date: j.target_date,
      current_stage: j.status === "closed" ? null : (cur?.stage_name ?? null),
      stages_done: done,
      stages_total: own.length,
      percent_done: j.status === "closed" ? 100 : own.length ? Math.round((done / own.length) * 100) : 0,
      weights: { unit, ...weights },
      progress: jobMetrics(weights).shares,
    }
  })

  // Each job's weights in grams: its buckets along the chain for the bar, what its stages recorded for Net Input (SPEC 4a, 5).
  const recorded: RecordedOrderJob[] = jobs.map((j: any) => {
    const f = figures.get(j.id)!
    const own = (stages as any[]).filter((s) => s.job_id === j.id)
    let last: { stage_key: string; received_at: Date } | null = null
    const output: Record<string, string> = {}
    for (const s of own) {
      const row = f.stages.find((x) => x.id === s.id)
      if (!row) continue
      const key = s.stage_id ?? s.stage_name
      output[key] = new BigNumber(output[key] ?? 0).plus(row.received).plus(row.rejected).toFixed()
      if (row.last_received_at && (!last || new Date(row.last_received_at) > last.received_at)) last = { stage_key: key, received_at: new Date(row.last_received_at) }
    }
    return {
      unit: "g" as WeightUnit,
      requested: j.requested_weight === null || j.requested_weight === undefined ? null : toGrams(String(j.requested_weight), j.weight_unit).toFixed(),
      issued: f.gross.input,
      received: f.gross.received,
      rejected: f.gross.rejected,
      scrapped: f.gross.scrapped,
      waste: f.gross.waste,
      recorded: { issued: f.recorded.issued, received: f.recorded.received, rejected: f.recorded.rejected },
      last_received_stage: last,
      output_by_stage: output,
    }
  })
  // Fine metal of the order's jobs, per metal, in the default unit (SPEC 4b).
  const fine: Record<string, { input: string; received: string }> = {}
  for (const f of figures.values()) {
    for (const [m, b] of Object.entries(f.fine)) {
      const cur = fine[m] ?? { input: "0", received: "0" }
      fine[m] = { input: new BigNumber(cur.input).plus(b.input).toFixed(), received: new BigNumber(cur.received).plus(b.received).toFixed() }
    }
  }
  const metrics = orderMetricsInUnit(recorded, unit)
  const round = (v: string) => formatDecimal(v, 4)

  const lines = order.items.map((item) => {
    const status = (statuses.find((s) => s.line_item_id === item.id)?.status ?? "not_started") as LineStatus
    const row: any = (lineRows as any[]).find((r) => r.line_item_id === item.id)
    const lineShipments = (shipments as any[]).filter((s) => (s.items ?? []).some((i: any) => i.line_item_id === item.id))
    const shipmentStatus = lineShipmentStatus(lineShipments.map((s) => ({ status: s.status as TrackingStatus, created_at: s.created_at })))
    const lineJobs = jobViews.filter((j: any) => j.order_line_item_id === item.id)
    const live = lineJobs.filter((j: any) => j.status !== "cancelled")
    return {
      ...item,
      status,
      status_label: LINE_STATUS_LABELS[status],
      manual: row?.manual ?? null,
      cancel_reason: row?.cancel_reason ?? null,
      shipment_status: shipmentStatus,
      production: live.length
        ? { jobs: live.map((j: any) => j.id), percent_done: Math.round(live.reduce((n: number, j: any) => n + j.percent_done, 0) / live.length), current_stage: live.find((j: any) => j.current_stage)?.current_stage ?? null }
        : null,
      selected: (selections as any[])
        .filter((s) => s.line_item_id === item.id && s.status !== "released")
        .reduce((acc, s) => ({ pieces: acc.pieces + Number(s.pieces), count: acc.count + 1 }), { pieces: 0, count: 0 }),
    }
  })
  const chips = Object.entries(LINE_STATUS_LABELS)
    .map(([status, label]) => ({ status, label, count: lines.filter((l) => l.status === status).length }))
    .filter((c) => c.count > 0)

  return {
    order: {
      id: order.id,
      display_id: order.display_id,
      status: order.status,
      email: order.email,
      currency_code: order.currency_code,
      payment_status: detail?.payment_status ?? null,
      medusa_fulfillment_status: detail?.fulfillment_status ?? null,
      fulfillment_status,
      fulfillment_status_label: FULFILLMENT_STATUS_LABELS[fulfillment_status],
      on_hold: !!state?.on_hold,
      hold_reason: state?.hold_reason ?? null,
      held_at: state?.held_at ?? null,
      has_shipping_method: order.shipping_option_ids.length > 0,
    },
    chips,
    lines,
    jobs: jobViews,
    shipments: (shipments as any[]).map((s) => ({
      id: s.id,
      carrier: s.carrier,
      tracking_number: s.tracking_number,
      tracking_url: s.tracking_url,
      status: s.status,
      items: s.items,
      fulfillment_ids: s.fulfillment_ids,
      delivered_at: s.delivered_at,
      created_at: s.created_at,
      events: [...(s.events ?? [])]
        .sort((a: any, b: any) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime())
        .map((e: any) => ({ id: e.id, status: e.status, source: e.source, note: e.note, occurred_at: e.occurred_at })),
    })),
    selections: (selections as any[]).map((s) => ({
      id: s.id,
      line_item_id: s.line_item_id,
      stock_item_id: s.stock_item_id,
      tag_id: s.tag_id,
      location_id: s.location_id,
      pieces: s.pieces,
      weight: formatDecimal(String(s.weight)),
      weight_unit: s.weight_unit,
      status: s.status,
      shipment_id: s.shipment_id,
      created_at: s.created_at,
    })),
    metrics: {
      unit,
      jobs: jobs.length,
      buckets: Object.fromEntries(Object.entries(metrics.buckets).map(([k, v]) => [k, round(v)])),
      shares: metrics.shares,
      final_output: round(metrics.final_output),
      net_input: round(metrics.net_input),
      output_pct: metrics.output_pct,
      gross_waste_pct: metrics.gross_waste_pct,
      net_waste_pct: metrics.net_waste_pct,
      consumption_pct: metrics.consumption_pct,
      fine: Object.fromEntries(Object.entries(fine).map(([m, v]) => [m, { input: inUnit(v.input, unit), received: inUnit(v.received, unit) }])),
    },
  }
}
