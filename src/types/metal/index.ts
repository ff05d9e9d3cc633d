/**
 * Request and response shapes of the metal domain (/admin/metal/*), shared
 * by the server's routes and the admin's hooks. Weights are decimal strings
 * in the workshop's default unit (`unit`); percentages are numbers.
 */
import type { HolderType } from "../../lib/metal-custody"
import type { Metal } from "../../lib/purity"

export type { HolderType, Metal }

export type HolderRef = { type: HolderType; id: string; name: string; email?: string | null }

export type BalanceLine = { metal: Metal | null; fineness: string | null; purity: string; gross: string; fine: string | null }

export type PeriodLine = { issued: string; returned: string; loss: string; loss_pct: number | null; allowed_loss_pct: number | null }

export type MetalBalancesResponse = {
  unit: string
  from: string
  to: string
  scope: "own" | "all"
  holders: (HolderRef & { holds: BalanceLine[]; period: Record<string, PeriodLine> })[]
}

export type MetalEntryRow = {
  id: string
  created_at: string
  holder: HolderRef
  entry_type: "issue" | "return" | "loss"
  bucket: string | null
  metal: Metal | null
  purity: string
  gross: string
  fine: string | null
  job_id: string | null
  job_number: string | null
  stage_name: string | null
  tag_id: string | null
  note: string | null
}
export type MetalEntriesResponse = { unit: string; count: number; limit: number; offset: number; entries: MetalEntryRow[] }

export type LossPoint = {
  job_stage_id: string
  job_id: string
  job_number: string
  job_title: string
  stage_id: string
  stage_name: string
  department_id: string | null
  completed_at: string
  metal: Metal | null
  issued: string
  loss: string
  loss_pct: number | null
  recovered: string
  loss_after_recovery: string
  loss_after_recovery_pct: number | null
  standard_pct: number | null
  past_standard: boolean
  override_reason: string | null
}
export type LossReportResponse = {
  unit: string
  from: string
  to: string
  standard_pct: number | null
  summary: {
    stages: number
    past_standard: number
    issued: string
    loss: string
    loss_pct: number | null
    recovered: string
    loss_after_recovery: string
    loss_after_recovery_pct: number | null
  }
  points: LossPoint[]
}

export type WasteRow = {
  receipt_id: string
  created_at: string
  job_id: string
  job_number: string | null
  job_stage_id: string
  stage_name: string | null
  department_id: string | null
  metal: Metal | null
  fineness: string | null
  purity: string
  waste: string
}
export type WasteResponse = { unit: string; waste: WasteRow[] }

export const REFINING_LOT_STATUS_LABELS = { open: "Collecting", sent: "At the refiner", receiving: "Receiving", received: "Received", cancelled: "Cancelled" } as const
export const MELT_LOT_STATUS_LABELS = { open: "In the crucible", melting: "Melting", melted: "Melted", cancelled: "Cancelled" } as const
export const REFINING_SOURCE_KIND_LABELS = { waste: "Stage waste", sweeps: "Sweeps & dust", scrap_item: "Scrap item" } as const

export type RefiningLot = {
  id: string
  display_number: string
  number: number
  status: keyof typeof REFINING_LOT_STATUS_LABELS
  metal: Metal
  unit: string
  supplier: HolderRef | null
  supplier_id: string | null
  sent_at: string | null
  received_at: string | null
  est_gross_weight: string
  est_fine_weight: string
  fine_received_weight: string | null
  loss_pct: string | null
  charges: string | null
  currency_code: string | null
  location_id: string | null
  output_item_ids: string[]
  notes: string | null
  created_at: string
  sources?: {
    id: string
    kind: keyof typeof REFINING_SOURCE_KIND_LABELS
    description: string | null
    gross_weight: string
    est_fineness: string
    est_fine_weight: string
    recovered_fine_weight: string | null
    job_id: string | null
    job_number: string | null
    job_stage_id: string | null
    receipt_id: string | null
    stock_item_id: string | null
    tag_id: string | null
  }[]
}

export type MeltLot = {
  id: string
  display_number: string
  number: number
  status: keyof typeof MELT_LOT_STATUS_LABELS
  metal: Metal
  fineness: string
  purity: string
  unit: string
  product_id: string
  location_id: string
  fine_in_weight: string
  alloy_in_weight: string
  fine_out_weight: string | null
  gross_out_weight: string | null
  loss_fine_weight: string | null
  loss_pct: string | null
  output_item_id: string | null
  melted_at: string | null
  notes: string | null
  created_at: string
  inputs?: { id: string; stock_item_id: string; tag_id: string; metal: Metal | null; purity: string; gross_weight: string; fine_weight: string | null }[]
}

export type CreateRefiningLotBody = {
  metal: Metal
  supplier_id?: string | null
  notes?: string | null
  sources: (
    | { kind: "waste"; receipt_id: string; est_fineness?: string; purity?: string }
    | { kind: "sweeps"; description: string; weight: string; weight_unit?: string; est_fineness?: string; purity?: string; department_id?: string | null }
    | { kind: "scrap_item"; stock_item_id: string; full?: boolean; weight?: string; weight_unit?: string; pieces?: number }
  )[]
}
export type ReceiveRefiningLotBody = {
  location_id: string
  outputs: { product_id: string; variant_id?: string | null; inventory_type_id?: string; purity?: string | null; metal?: Metal | null; weight: string; weight_unit?: string; pieces?: number; notes?: string | null }[]
  charges?: string | null
  currency_code?: string | null
}
export type CreateMeltLotBody = {
  metal: Metal
  purity: string
  product_id: string
  location_id: string
  inputs: { stock_item_id: string; full?: boolean; weight?: string; weight_unit?: string; pieces?: number }[]
  notes?: string | null
}
export type CompleteMeltLotBody = { output_weight?: string; loss_fine_weight?: string; weight_unit?: string; inventory_type_id?: string }
