import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { MetalRate, PriceChange, PriceRule, RepriceRun } from "./models"
import type { RateTable } from "../../lib/metal-prices"
import { isMetal } from "../../lib/purity"

export type TodayRate = { id: string; metal: string; currency_code: string; rate: string; rate_unit: string; rate_per_gram: string; rate_date: Date; source: string; created_at: Date }

class MetalPricesModuleService extends MedusaService({ MetalRate, PriceRule, RepriceRun, PriceChange }) {
  private em(sharedContext: Context): any {
    const em = (sharedContext.transactionManager ?? sharedContext.manager) as any
    if (!em) throw new Error("metal prices service: no entity manager in context")
    return em
  }

  /** The day's rate of every metal and currency: the latest entry of the latest day on or before `on` (default now). */
  @InjectManager()
  async todayRates(filter: { currency_code?: string; on?: Date } = {}, @MedusaContext() sharedContext: Context = {}): Promise<TodayRate[]> {
    const params: unknown[] = [filter.on ?? new Date()]
    let where = "deleted_at IS NULL AND rate_date <= ?"
    if (filter.currency_code) {
      where += " AND currency_code = ?"
      params.push(filter.currency_code.toLowerCase())
    }
    return await this.em(sharedContext).execute(
      `SELECT DISTINCT ON (metal, currency_code) id, metal, currency_code, rate::text AS rate, rate_unit, rate_per_gram::text AS rate_per_gram, rate_date, source, created_at
       FROM jewelry_metal_rate WHERE ${where}
       ORDER BY metal, currency_code, rate_date DESC, created_at DESC`,
      params
    )
  }

  /** The day's rates of one currency per fine gram, for the pricing rules. */
  async rateTable(currency_code: string, on?: Date): Promise<RateTable> {
    const rows = await this.todayRates({ currency_code, on })
    const table: RateTable = {}
    for (const r of rows) if (isMetal(r.metal)) table[r.metal] = { per_gram: r.rate_per_gram, rate_id: r.id, rate_date: new Date(r.rate_date).toISOString().slice(0, 10) }
    return table
  }

  /** When the rate provider last gave a rate (any metal or currency). */
  @InjectManager()
  async lastProviderFetch(@MedusaContext() sharedContext: Context = {}): Promise<Date | null> {
    const [row] = await this.em(sharedContext).execute(`SELECT MAX(created_at) AS at FROM jewelry_metal_rate WHERE source = 'provider' AND deleted_at IS NULL`)
    return row?.at ? new Date(row.at) : null
  }

  /** Claims a reprice run for a status change: only one caller moves it from `from` to `to`; everyone else gets null. */
  @InjectTransactionManager()
  async claimRun(id: string, from: string, to: string, @MedusaContext() sharedContext: Context = {}) {
    const rows = await this.em(sharedContext).execute(
      `UPDATE jewelry_reprice_run SET status = ?, updated_at = now() WHERE id = ? AND status = ? AND deleted_at IS NULL RETURNING id`,
      [to, id, from]
    )
    return (rows[0] as { id: string } | undefined) ?? null
  }

  /** Older previews of the same rules can no longer be applied once a newer one exists. */
  @InjectTransactionManager()
  async supersedeOlderPreviews(ruleIds: string[], keepId: string, @MedusaContext() sharedContext: Context = {}) {
    if (!ruleIds.length) return
    await this.em(sharedContext).execute(
      `UPDATE jewelry_reprice_run SET status = 'superseded', updated_at = now() WHERE status = 'previewed' AND id <> ? AND rule_ids && string_to_array(?, ',') AND deleted_at IS NULL`,
      [keepId, ruleIds.join(",")]
    )
  }

  /** A reprice applied: its accepted lines applied at `at`, the other proposed lines not accepted, the run signed. */
  @InjectTransactionManager()
  async markApplied(run_id: string, accepted: string[], at: Date, actor_id: string | null, @MedusaContext() sharedContext: Context = {}) {
    const em = this.em(sharedContext)
    if (accepted.length) await em.execute(`UPDATE jewelry_price_change SET status = 'applied', applied_at = ?, updated_at = now() WHERE run_id = ? AND id IN (?) AND status = 'proposed'`, [at, run_id, accepted])
    await em.execute(`UPDATE jewelry_price_change SET status = 'not_accepted', updated_at = now() WHERE run_id = ? AND status = 'proposed'`, [run_id])
    await em.execute(`UPDATE jewelry_reprice_run SET applied_at = ?, applied_by = ?, updated_at = now() WHERE id = ?`, [at, actor_id, run_id])
  }

  /** Undoes markApplied: the lines are proposed again and the run unsigned. */
  @InjectTransactionManager()
  async unmarkApplied(run_id: string, @MedusaContext() sharedContext: Context = {}) {
    const em = this.em(sharedContext)
    await em.execute(`UPDATE jewelry_price_change SET status = 'proposed', applied_at = NULL, updated_at = now() WHERE run_id = ? AND status IN ('applied', 'not_accepted')`, [run_id])
    await em.execute(`UPDATE jewelry_reprice_run SET applied_at = NULL, applied_by = NULL, updated_at = now() WHERE id = ?`, [run_id])
  }

  /** The last applied change of a variant in a currency: the breakdown the storefront shows while Medusa's price is still that one. */
  @InjectManager()
  async lastApplied(variant_id: string, currency_code: string, @MedusaContext() sharedContext: Context = {}) {
    const [row] = await this.em(sharedContext).execute(
      `SELECT id, rule_id, new_amount::text AS new_amount, breakdown, applied_at FROM jewelry_price_change
       WHERE variant_id = ? AND currency_code = ? AND status = 'applied' AND deleted_at IS NULL
       ORDER BY applied_at DESC LIMIT 1`,
      [variant_id, currency_code.toLowerCase()]
    )
    return (row as { id: string; rule_id: string; new_amount: string; breakdown: any; applied_at: Date } | undefined) ?? null
  }
}

export default MetalPricesModuleService
