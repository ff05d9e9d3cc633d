import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { MeltInput, MeltLot, MetalEntry, RefiningLot, RefiningSource } from "./models"
import { custodyEntry, CustodyEntry } from "../../lib/metal-custody"

/** What a custody entry carries besides the holder, the purity and the grams. */
export type EntryContext = {
  bucket?: string | null
  job_id?: string | null
  job_number?: number | null
  job_stage_id?: string | null
  stage_id?: string | null
  stage_name?: string | null
  department_id?: string | null
  loss_standard_pct?: string | null
  stock_item_id?: string | null
  tag_id?: string | null
  material_id?: string | null
  receipt_id?: string | null
  note?: string | null
  actor_id?: string | null
}
export type NewEntry = Omit<CustodyEntry, "fine_grams"> & EntryContext

export type BalanceRow = { holder_type: string; holder_id: string; metal: string | null; fineness: string | null; gross_grams: string; fine_grams: string }

class MetalModuleService extends MedusaService({ MetalEntry, RefiningLot, RefiningSource, MeltLot, MeltInput }) {
  private em(sharedContext: Context): any {
    const em = (sharedContext.transactionManager ?? sharedContext.manager) as any
    if (!em) throw new Error("metal service: no entity manager in context")
    return em
  }

  /** Appends custody entries; each carries its fine weight, gross × fineness ÷ 1000. */
  @InjectTransactionManager()
  async recordEntries(entries: NewEntry[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!entries.length) return []
    const rows = entries.map((e) => {
      const withFine = custodyEntry(e)
      return { ...e, fineness: e.metal ? e.fineness : null, gross_grams: String(withFine.gross_grams), fine_grams: String(withFine.fine_grams) }
    })
    const created = (await this.createMetalEntries(rows as any, sharedContext)) as unknown as { id: string }[]
    return created.map((c) => c.id)
  }

  /** Workflow compensation: erases entries this workflow appended (the ledger refuses any other delete). */
  @InjectTransactionManager()
  async undoEntries(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) return
    const em = this.em(sharedContext)
    await em.execute(`SET LOCAL jewelry.ledger_undo = 'on'`)
    await em.execute(`DELETE FROM jewelry_metal_entry WHERE id IN (?)`, [ids])
  }

  /** What every holder holds now, per metal and purity: the sum of their entries. Zero lines are left out. */
  @InjectManager()
  async balances(filter: { holder_type?: string; holder_id?: string } = {}, @MedusaContext() sharedContext: Context = {}): Promise<BalanceRow[]> {
    const where: string[] = ["deleted_at IS NULL"]
    const params: unknown[] = []
    if (filter.holder_type) {
      where.push("holder_type = ?")
      params.push(filter.holder_type)
    }
    if (filter.holder_id) {
      where.push("holder_id = ?")
      params.push(filter.holder_id)
    }
    return await this.em(sharedContext).execute(
      `SELECT holder_type, holder_id, metal, fineness::text AS fineness,
              SUM(gross_grams)::text AS gross_grams, SUM(fine_grams)::text AS fine_grams
       FROM jewelry_metal_entry WHERE ${where.join(" AND ")}
       GROUP BY holder_type, holder_id, metal, fineness
       HAVING SUM(gross_grams) <> 0 OR SUM(fine_grams) <> 0
       ORDER BY holder_type, holder_id, metal NULLS LAST, fineness`,
      params
    )
  }

  /** Per holder over a period: issued, returned and loss per metal (fine) and for other material (gross), and issued per stage standard. */
  @InjectManager()
  async periodTotals(range: { from: Date; to: Date }, @MedusaContext() sharedContext: Context = {}) {
    return (await this.em(sharedContext).execute(
      `SELECT holder_type, holder_id, COALESCE(metal, 'other') AS metal, entry_type, loss_standard_pct::text AS loss_standard_pct,
              SUM(gross_grams)::text AS gross_grams, SUM(fine_grams)::text AS fine_grams
       FROM jewelry_metal_entry
       WHERE deleted_at IS NULL AND created_at >= ? AND created_at < ?
       GROUP BY holder_type, holder_id, COALESCE(metal, 'other'), entry_type, loss_standard_pct`,
      [range.from, range.to]
    )) as { holder_type: string; holder_id: string; metal: string; entry_type: string; loss_standard_pct: string | null; gross_grams: string; fine_grams: string }[]
  }

  /**
   * Claims a lot for a status change: only one caller moves it from `from`
   * to `to`; everyone else gets null. Two receipts at once therefore land once.
   */
  @InjectTransactionManager()
  async claimLot(table: "jewelry_refining_lot" | "jewelry_melt_lot", id: string, from: string[], to: string, @MedusaContext() sharedContext: Context = {}) {
    const rows = await this.em(sharedContext).execute(
      `UPDATE ${table} l SET status = ?, updated_at = now()
       FROM (SELECT id, status FROM ${table} WHERE id = ? AND deleted_at IS NULL FOR UPDATE) old
       WHERE l.id = old.id AND old.status IN (?)
       RETURNING l.id, old.status AS previous`,
      [to, id, from]
    )
    return (rows[0] as { id: string; previous: string } | undefined) ?? null
  }

  /** Issued gross and fine per job stage and metal, from the custody ledger: the stage's metal and fineness. */
  @InjectManager()
  async issuedByStage(jobStageIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!jobStageIds.length) return [] as { job_stage_id: string; metal: string; gross_grams: string; fine_grams: string }[]
    return (await this.em(sharedContext).execute(
      `SELECT job_stage_id, metal, SUM(gross_grams)::text AS gross_grams, SUM(fine_grams)::text AS fine_grams
       FROM jewelry_metal_entry
       WHERE job_stage_id IN (?) AND entry_type = 'issue' AND metal IS NOT NULL AND deleted_at IS NULL
       GROUP BY job_stage_id, metal`,
      [jobStageIds]
    )) as { job_stage_id: string; metal: string; gross_grams: string; fine_grams: string }[]
  }

  /** Fine metal refining gave back, per job stage its waste came from. */
  @InjectManager()
  async recoveredByStage(jobStageIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!jobStageIds.length) return new Map<string, string>()
    const rows: any[] = await this.em(sharedContext).execute(
      `SELECT s.job_stage_id, SUM(s.recovered_fine_grams)::text AS recovered
       FROM jewelry_refining_source s JOIN jewelry_refining_lot l ON l.id = s.lot_id
       WHERE s.job_stage_id IN (?) AND s.deleted_at IS NULL AND l.status = 'received' AND s.recovered_fine_grams IS NOT NULL
       GROUP BY s.job_stage_id`,
      [jobStageIds]
    )
    return new Map(rows.map((r) => [r.job_stage_id as string, r.recovered as string]))
  }
}

export default MetalModuleService
