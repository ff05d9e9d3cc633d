import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { METAL_MODULE } from "../../../modules/metal"
import type MetalModuleService from "../../../modules/metal/service"
import type { NewEntry } from "../../../modules/metal/service"
import { closingLossEntries, CustodyEntry } from "../../../lib/metal-custody"

const metal = (container: any): MetalModuleService => container.resolve(METAL_MODULE)

/** Appends entries to the custody ledger; undone by erasing them. */
export const recordCustodyStep = createStep(
  "record-metal-custody",
  async (entries: NewEntry[], { container }) => {
    const ids = await metal(container).recordEntries(entries ?? [])
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await metal(container).undoEntries(ids)
  }
)

/**
 * Completing stages books what each holder still has of them as their loss
 * (waste already booked stays), so nobody holds metal of a finished stage.
 */
export const closeStageCustodyStep = createStep(
  "close-stage-metal-custody",
  async (input: { job_stage_ids: string[]; actor_id?: string | null }, { container }) => {
    const service = metal(container)
    if (!input.job_stage_ids?.length) return new StepResponse([] as string[], [] as string[])
    const entries: any[] = await service.listMetalEntries({ job_stage_id: input.job_stage_ids } as any, { take: null as any })
    const toRecord: NewEntry[] = []
    for (const stageId of input.job_stage_ids) {
      const own = entries.filter((e) => e.job_stage_id === stageId)
      if (!own.length) continue
      const ref = own[0]
      const asCustody: CustodyEntry[] = own.map((e) => ({
        holder_type: e.holder_type,
        holder_id: e.holder_id,
        entry_type: e.entry_type,
        metal: e.metal,
        fineness: e.fineness === null ? null : String(e.fineness),
        gross_grams: String(e.gross_grams),
        fine_grams: String(e.fine_grams),
        job_stage_id: stageId,
      }))
      for (const c of closingLossEntries(asCustody)) {
        toRecord.push({
          ...c,
          bucket: "unreturned",
          job_id: ref.job_id,
          job_number: ref.job_number,
          stage_id: ref.stage_id,
          stage_name: ref.stage_name,
          department_id: ref.department_id,
          loss_standard_pct: ref.loss_standard_pct === null ? null : String(ref.loss_standard_pct),
          note: "Unreturned when the stage completed",
          actor_id: input.actor_id ?? null,
        })
      }
    }
    const ids = await service.recordEntries(toRecord)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await metal(container).undoEntries(ids)
  }
)
